package dk.tegn.web.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An HTTP client with a cookie jar: signs in through the real login form or uses HTTP Basic. */
public final class WebClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"");
  // PrimeFaces' CSP script posts the page's nonce with every form, as a browser would
  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

  private final URL base;
  private final HttpClient http;
  private String language = "en";

  public WebClient(URL base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public WebClient inLanguage(String language) {
    this.language = language;
    return this;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> getAs(String path, String username, String password)
      throws IOException, InterruptedException {
    return http.send(
        request(path).header("Authorization", basic(username, password)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> send(HttpRequest.Builder builder)
      throws IOException, InterruptedException {
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base.toString() + path.replaceFirst("^/", "")))
        .timeout(Duration.ofSeconds(60))
        .header("Accept-Language", language);
  }

  /** Posts the login form as a browser would; returns the answer (302 on success). */
  public HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    return postFaces(
        "login.xhtml",
        get("login.xhtml").body(),
        Map.of(
            "login",
            "login",
            "login:username",
            username,
            "login:password",
            password,
            "login:next",
            "",
            "login:submit",
            ""));
  }

  /** Posts a Faces form of the page as a browser would: its view state and CSP nonce included. */
  public HttpResponse<String> postFaces(String path, String page, Map<String, String> fields)
      throws IOException, InterruptedException {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no view state on " + path);
    }
    Matcher nonce = CSP_NONCE.matcher(page);
    if (!nonce.find()) {
      throw new IllegalStateException("no CSP nonce on " + path);
    }
    Map<String, String> form = new java.util.LinkedHashMap<>(fields);
    form.put("primefaces.nonce", nonce.group(1));
    form.put("jakarta.faces.ViewState", m.group(1));
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
