package dk.tegn.courses.xapi.control;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Talks to a Learning Record Store's statements resource over HTTP(S) with Basic authentication, as
 * xAPI 1.0.3 asks. Answers what the LRS said; deciding what it means is the sender's.
 */
public class LrsClient {

  /** What the LRS answered: its status and the start of its body. */
  public record Answer(int status, String body) {
    public boolean stored() {
      return status == 200 || status == 204;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** POSTs a batch (a JSON array) of statements. */
  public Answer post(URI statements, String key, String secret, String batch)
      throws IOException, InterruptedException {
    return send(
        request(statements, key, secret).POST(HttpRequest.BodyPublishers.ofString(batch)).build());
  }

  /** PUTs one statement under its id. */
  public Answer put(URI statements, String key, String secret, String id, String statement)
      throws IOException, InterruptedException {
    URI one =
        URI.create(statements + "?statementId=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    return send(
        request(one, key, secret).PUT(HttpRequest.BodyPublishers.ofString(statement)).build());
  }

  private static HttpRequest.Builder request(URI uri, String key, String secret) {
    String basic =
        Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(20))
        .header("Authorization", "Basic " + basic)
        .header("X-Experience-API-Version", Statements.VERSION)
        .header("Content-Type", "application/json; charset=utf-8");
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String body = response.body() == null ? "" : response.body();
    return new Answer(response.statusCode(), body.length() > 300 ? body.substring(0, 300) : body);
  }
}
