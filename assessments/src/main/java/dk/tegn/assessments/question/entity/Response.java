package dk.tegn.assessments.question.entity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a trainee answered to one question. Four shapes cover every type: picked keys (single
 * choice, multiple response, true/false as "true"/"false", ordering as the sequence), matches
 * (prompt key to the pair key whose match was chosen), a number, and parts for a scenario.
 */
public sealed interface Response {

  /** True when nothing was given; an empty answer scores zero. */
  boolean isBlank();

  record Keys(List<String> keys) implements Response {
    public Keys {
      keys = List.copyOf(keys);
    }

    @Override
    public boolean isBlank() {
      return keys.isEmpty();
    }
  }

  record Matches(Map<String, String> matches) implements Response {
    public Matches {
      matches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(matches));
    }

    @Override
    public boolean isBlank() {
      return matches.isEmpty();
    }
  }

  record Numeric(BigDecimal value) implements Response {
    public Numeric {
      Objects.requireNonNull(value);
    }

    @Override
    public boolean isBlank() {
      return false;
    }
  }

  record Parts(Map<String, Response> parts) implements Response {
    public Parts {
      parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    @Override
    public boolean isBlank() {
      return parts.values().stream().allMatch(Response::isBlank);
    }
  }
}
