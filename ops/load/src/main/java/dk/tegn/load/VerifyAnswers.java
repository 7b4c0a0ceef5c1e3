package dk.tegn.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that every answer the server acknowledged with a 2xx is in asm_answer with the choice the
 * trainee picked. The exam simulation writes one line per acknowledged answer ({@code
 * attemptId,slot,publicKey}) and calls this at its end; it can also run alone on that file:
 * {@code mvn -q -f ops/load/pom.xml exec:java@verify-answers -Dtegn.db.url=...
 * -Dacks=ops/load/target/exam-acks.csv}.
 */
public final class VerifyAnswers {

  /** An answer the server acknowledged: public option key {@code key} (1-based) in a slot. */
  public record Ack(long attemptId, int slot, String key) {}

  /** What the database holds for the acknowledged answers. */
  public record Result(long acknowledged, long stored, long missing, long wrong, List<String> examples) {
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(
          String.format(
              Locale.ROOT,
              "answers acknowledged with 2xx: %d; stored as sent: %d; missing: %d; different: %d",
              acknowledged,
              stored,
              missing,
              wrong));
      examples.forEach(e -> lines.add("    " + e));
      return lines;
    }
  }

  private static final Pattern FIRST_KEY = Pattern.compile("\"keys\"\\s*:\\s*\\[\\s*\"([^\"]*)\"");
  private static final Pattern ORDER = Pattern.compile("\"\"\\s*:\\s*\\[([^\\]]*)]");

  public static void main(String[] args) throws Exception {
    Path file = Path.of(System.getProperty("acks", "target/exam-acks.csv"));
    List<Ack> acks = read(file);
    try (Db db = Db.fromProperties()) {
      Result r = check(db, acks);
      r.lines().forEach(l -> Generate.say("%s", l));
      if (r.missing() > 0 || r.wrong() > 0) {
        System.exit(1);
      }
    }
  }

  public static List<Ack> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank())
        .map(
            l -> {
              String[] f = l.split(",");
              return new Ack(Long.parseLong(f[0]), Integer.parseInt(f[1]), f[2]);
            })
        .toList();
  }

  public static void write(Path file, List<Ack> acks) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(
        file,
        acks.stream()
            .map(a -> a.attemptId() + "," + a.slot() + "," + a.key())
            .collect(Collectors.toList()),
        StandardCharsets.UTF_8);
  }

  public static Result check(Db db, List<Ack> acks) throws SQLException {
    Map<Long, List<Ack>> byAttempt =
        acks.stream().collect(Collectors.groupingBy(Ack::attemptId));
    long stored = 0;
    long missing = 0;
    long wrong = 0;
    List<String> examples = new ArrayList<>();
    List<Long> ids = new ArrayList<>(byAttempt.keySet());
    for (int i = 0; i < ids.size(); i += 500) {
      List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
      String in = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
      Map<String, String> responses = new HashMap<>();
      Map<String, String> orders = new HashMap<>();
      try (PreparedStatement s =
              db.connection()
                  .prepareStatement(
                      "SELECT s.attempt_id, s.slot, s.presentation, a.response"
                          + " FROM asm_attempt_slot s LEFT JOIN asm_answer a"
                          + " ON a.attempt_id = s.attempt_id AND a.slot = s.slot"
                          + " WHERE s.attempt_id IN ("
                          + in
                          + ")");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String k = r.getLong(1) + "/" + r.getInt(2);
          orders.put(k, r.getString(3));
          responses.put(k, r.getString(4));
        }
      }
      for (long id : chunk) {
        for (Ack ack : byAttempt.get(id)) {
          String k = ack.attemptId() + "/" + ack.slot();
          String response = responses.get(k);
          if (response == null) {
            missing++;
            if (examples.size() < 10) {
              examples.add("missing: attempt " + ack.attemptId() + " slot " + ack.slot());
            }
            continue;
          }
          String expected = canonical(orders.get(k), ack.key());
          Matcher m = FIRST_KEY.matcher(response);
          if (m.find() && m.group(1).equals(expected)) {
            stored++;
          } else {
            wrong++;
            if (examples.size() < 10) {
              examples.add(
                  "different: attempt "
                      + ack.attemptId()
                      + " slot "
                      + ack.slot()
                      + " sent option "
                      + ack.key()
                      + " (= "
                      + expected
                      + "), stored "
                      + response);
            }
          }
        }
      }
    }
    return new Result(acks.size(), stored, missing, wrong, examples);
  }

  /** The author's key behind public key n: the n-th key of the slot's presentation order. */
  static String canonical(String presentation, String publicKey) {
    if (presentation == null) {
      return publicKey;
    }
    Matcher m = ORDER.matcher(presentation);
    if (!m.find()) {
      return publicKey;
    }
    String[] keys = m.group(1).replace("\"", "").split(",");
    int n = Integer.parseInt(publicKey);
    return keys[n - 1].trim();
  }
}
