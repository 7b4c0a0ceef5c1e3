package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.question.entity.ContentRuleException;
import dk.tegn.assessments.question.entity.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hides the authors' option keys from the browser. Authors may name ordering items "step1", "step2"
 * or matches after their prompts, which would give answers away, so an attempt shows each option by
 * its position in the attempt's fixed order ("1", "2", ...) and translates responses both ways.
 * True/false ("true"/"false") and prompts of matching questions keep their keys.
 */
final class PublicKeys {

  private final Map<String, List<String>> presentation;

  PublicKeys(Map<String, List<String>> presentation) {
    this.presentation = presentation;
  }

  /** The public key of option {@code key} of {@code part}. */
  String publicKey(String part, String key) {
    List<String> order = presentation.get(part);
    if (order == null) {
      return key;
    }
    int index = order.indexOf(key);
    return index < 0 ? key : String.valueOf(index + 1);
  }

  Response toPublic(Response response, String part) {
    return map(response, part, true);
  }

  /**
   * @throws IllegalArgumentException for a public key the attempt never showed
   */
  Response toCanonical(Response response, String part) {
    return map(response, part, false);
  }

  private Response map(Response response, String part, boolean toPublic) {
    if (response instanceof Response.Keys k) {
      return new Response.Keys(k.keys().stream().map(key -> key(part, key, toPublic)).toList());
    }
    if (response instanceof Response.Matches m) {
      Map<String, String> matches = new LinkedHashMap<>();
      m.matches().forEach((prompt, match) -> matches.put(prompt, key(part, match, toPublic)));
      return new Response.Matches(matches);
    }
    if (response instanceof Response.Parts p) {
      Map<String, Response> parts = new LinkedHashMap<>();
      p.parts().forEach((partKey, r) -> parts.put(partKey, map(r, partKey, toPublic)));
      return new Response.Parts(parts);
    }
    return response;
  }

  private String key(String part, String key, boolean toPublic) {
    List<String> order = presentation.get(part);
    if (order == null) {
      return key;
    }
    if (toPublic) {
      return publicKey(part, key);
    }
    try {
      int index = Integer.parseInt(key);
      if (index >= 1 && index <= order.size()) {
        return order.get(index - 1);
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal below: the browser sent a key it was never shown
    }
    throw new ContentRuleException("option.unknown", key);
  }
}
