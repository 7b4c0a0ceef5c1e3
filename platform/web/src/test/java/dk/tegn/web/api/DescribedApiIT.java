package dk.tegn.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.Browser;
import dk.tegn.web.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The described API on a real Payara Micro: the OpenAPI document covers every resource method of
 * the WAR (found by scanning its classes, so a new resource without docs fails here), Swagger UI
 * draws it at /api-docs, and service accounts' API keys sign scripts in, scoped to their
 * organisation and role, until revoked or expired; bad keys get 401 JSON and an audit line.
 */
@ExtendWith(ArquillianExtension.class)
class DescribedApiIT {

  private static final Pattern KEY = Pattern.compile("\"key\":\"(tegn_[^\"]+)\"");
  private static final Pattern PUBLIC_ID = Pattern.compile("\"publicId\":\"([0-9a-f]{16})\"");
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern ORGANISATION_ID = Pattern.compile("\"organisationId\":(\\d+)");

  @ArquillianResource URL base;

  // ---- the OpenAPI document ----

  @Test
  void openApiDocumentDescribesEveryResourceMethodWithItsRolesAndErrorAnswers() throws Exception {
    JsonObject document = openApi();
    JsonObject paths = document.getJsonObject("paths");
    List<String> problems = new ArrayList<>();
    Set<String> operations = resourceMethodsOfTheWar();
    assertTrue(operations.size() >= 18, "the scan found the resources: " + operations);
    for (String operation : operations) {
      String verb = operation.substring(0, operation.indexOf(' '));
      String path = operation.substring(operation.indexOf(' ') + 1);
      JsonObject item = paths.getJsonObject(path);
      JsonObject described = item == null ? null : item.getJsonObject(verb.toLowerCase());
      if (described == null) {
        problems.add(operation + ": missing from the document");
        continue;
      }
      problems.addAll(lacks(operation, described));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));

    JsonObject components = document.getJsonObject("components");
    assertEquals(
        Set.of("apiKey", "basic", "session"), components.getJsonObject("securitySchemes").keySet());
    assertEquals(
        "bearer",
        components.getJsonObject("securitySchemes").getJsonObject("apiKey").getString("scheme"));
    JsonObject error = components.getJsonObject("schemas").getJsonObject("Error");
    assertNotNull(error, "the error shape is a schema");
    assertTrue(
        error
            .getJsonObject("properties")
            .keySet()
            .containsAll(Set.of("error", "message", "fields")),
        error.toString());
    for (String response :
        List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict")) {
      JsonObject declared = components.getJsonObject("responses").getJsonObject(response);
      assertNotNull(declared, response);
      assertTrue(declared.toString().contains("#/components/schemas/Error"), declared.toString());
      assertTrue(declared.toString().contains("\"examples\""), "with an example: " + response);
    }
  }

  /** What an operation must say: a summary, who may call it, and its error answers. */
  private static List<String> lacks(String operation, JsonObject described) {
    List<String> problems = new ArrayList<>();
    if (described.getString("summary", "").isBlank()) {
      problems.add(operation + ": no summary");
    }
    JsonValue roles = described.get("x-roles");
    if (!(roles instanceof JsonArray list) || list.isEmpty()) {
      problems.add(operation + ": no x-roles");
      return problems;
    }
    boolean anyoneSignedIn =
        list.getValuesAs(JsonString.class).stream()
            .anyMatch(r -> r.getString().equals("SIGNED_IN"));
    JsonObject responses = described.getJsonObject("responses");
    if (responses == null || !responses.containsKey("401")) {
      problems.add(operation + ": no 401 answer");
      return problems;
    }
    if (!anyoneSignedIn && !responses.containsKey("403")) {
      problems.add(operation + ": roles " + roles + " but no 403 answer");
    }
    responses.forEach(
        (code, answer) -> {
          if (code.startsWith("2") && !answer.asJsonObject().containsKey("description")) {
            problems.add(operation + ": " + code + " undescribed");
          }
          if (code.startsWith("4") && !declaredShape(answer.asJsonObject())) {
            problems.add(operation + ": " + code + " has no JSON error shape");
          }
        });
    return problems;
  }

  /** A shared error answer, or an operation's own JSON body with a schema. */
  private static boolean declaredShape(JsonObject answer) {
    if (answer.getString("$ref", "").startsWith("#/components/responses/")) {
      return true;
    }
    JsonObject content = answer.getJsonObject("content");
    return content != null
        && content.getJsonObject("application/json") != null
        && content.getJsonObject("application/json").containsKey("schema");
  }

  /**
   * Every JAX-RS resource method in the WAR as "VERB /api/path", found by reading the classes of
   * WEB-INF/classes and of Tegn's module jars, not from a list kept by hand.
   */
  private static Set<String> resourceMethodsOfTheWar() throws IOException {
    Set<String> operations = new TreeSet<>();
    File war = new File(System.getProperty("tegn.test.war", "target/tegn.war"));
    try (ZipFile zip = new ZipFile(war)) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        String name = entry.getName();
        if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
          addResource(name.substring("WEB-INF/classes/".length()), operations);
        } else if (name.startsWith("WEB-INF/lib/tegn-") && name.endsWith(".jar")) {
          try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(entry))) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
              if (e.getName().endsWith(".class")) {
                addResource(e.getName(), operations);
              }
            }
          }
        }
      }
    }
    return operations;
  }

  private static void addResource(String classFile, Set<String> operations) {
    String className = classFile.replace('/', '.').replaceAll("\\.class$", "");
    if (className.endsWith("package-info") || className.endsWith("module-info")) {
      return;
    }
    Class<?> type;
    try {
      type = Class.forName(className, false, DescribedApiIT.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError notLoadableHere) {
      return;
    }
    Path root = type.getAnnotation(Path.class);
    if (root == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return;
    }
    for (Method method : type.getMethods()) {
      String verb = httpMethod(method);
      if (verb != null) {
        Path sub = method.getAnnotation(Path.class);
        operations.add(verb + " " + path(root.value(), sub == null ? "" : sub.value()));
      }
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** "/api/" + class path + method path; templates without their regular expressions. */
  static String path(String root, String sub) {
    String joined = ("/api/" + root + "/" + sub).replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    joined = joined.replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private JsonObject openApi() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(new URL(base, "/openapi").toURI())
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    Files.writeString(
        java.nio.file.Path.of("target", "openapi.json"), answer.body(), StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }

  // ---- /api-docs ----

  @Test
  void apiDocsPageDrawsTheDocumentWithSwaggerUiServedByTegnInBothLanguages() throws Exception {
    HttpResponse<String> en = new WebClient(base).inLanguage("en").get("api-docs");
    assertEquals(200, en.statusCode());
    assertTrue(en.body().contains("API documentation"), en.body());
    assertFalse(en.body().contains("//cdn") || en.body().contains("unpkg.com"), "no CDN");
    Matcher bundle =
        Pattern.compile("src=\"([^\"]*/webjars/swagger-ui/[^\"]*)\"").matcher(en.body());
    assertTrue(bundle.find(), en.body());
    HttpResponse<String> da = new WebClient(base).inLanguage("da").get("api-docs");
    assertTrue(da.body().contains("API-dokumentation"), da.body());

    try (Browser browser = new Browser(base, "en")) {
      browser.open("api-docs");
      browser
          .wait(java.time.Duration.ofSeconds(90))
          .until(d -> d.findElements(By.cssSelector(".opblock")).size() >= 18);
      assertTrue(
          browser.driver().getPageSource().contains("/api/admin/api-keys"),
          "the operations are drawn");
    }
  }

  // ---- service accounts ----

  @Test
  void adminIssuesAKeyAndTheScriptIsScopedToItsOrganisationAndRoleUntilRevoked() throws Exception {
    WebClient web = new WebClient(base);
    long police = organisationOf(web, "trainee");
    long centre = organisationOf(web, "admin");
    HttpResponse<String> issued = issue(web, "admin", police, "COORDINATOR", 30);
    assertEquals(201, issued.statusCode(), issued.body());
    String key = match(KEY, issued.body());
    String publicId = match(PUBLIC_ID, issued.body());
    long keyId = Long.parseLong(match(ID, issued.body()));

    WebClient script = new WebClient(base);
    HttpResponse<String> me = bearer(script, "api/me", key);
    assertEquals(200, me.statusCode(), me.body());
    assertTrue(me.body().contains("\"username\":\"apikey-" + publicId + "\""), me.body());
    assertTrue(me.body().contains("\"organisationCode\":\"police-school\""), me.body());
    assertTrue(me.body().contains("\"role\":\"COORDINATOR\""), me.body());
    assertEquals(
        401, script.get("api/me").statusCode(), "a key signs in one call only, never a session");

    assertEquals(
        200,
        bearer(web, "api/coordination/completion?organisation=" + police, key).statusCode(),
        "its own organisation");
    HttpResponse<String> other =
        bearer(web, "api/coordination/completion?organisation=" + centre, key);
    assertEquals(403, other.statusCode(), "another organisation: " + other.body());
    assertTrue(other.body().startsWith("{\"error\":\"forbidden\""), other.body());
    HttpResponse<String> trainerOnly =
        web.send(
            web.request("api/banks")
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"bank\"")));
    assertEquals(403, trainerOnly.statusCode(), "a coordinator's key is no trainer's");
    assertEquals(
        403,
        web.send(
                web.request("api/admin/api-keys")
                    .header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(newKey(police, "ADMIN", 30))))
            .statusCode(),
        "a coordinator's key issues no keys");

    HttpResponse<String> listed =
        web.getAs("api/admin/api-keys?organisation=" + police, "admin", "tegn-demo");
    assertTrue(listed.body().contains(publicId), listed.body());
    assertFalse(listed.body().contains(key), "the key is never listed");

    HttpResponse<String> revoked =
        web.send(
            web.request("api/admin/api-keys/" + keyId)
                .header("Authorization", WebClient.basic("admin", "tegn-demo"))
                .DELETE());
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertTrue(revoked.body().contains("\"status\":\"REVOKED\""), revoked.body());
    HttpResponse<String> after = bearer(web, "api/me", key);
    assertEquals(401, after.statusCode());
    assertTrue(after.body().startsWith("{\"error\":\"unauthorized\""), after.body());
    assertTrue(after.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertEquals(1, refusals(publicId, "revoked"));
  }

  @Test
  void onlyAnAdminOfTheOrganisationIssuesKeys() throws Exception {
    WebClient web = new WebClient(base);
    long police = organisationOf(web, "trainee");
    assertEquals(403, issue(web, "coordinator", police, "COORDINATOR", 30).statusCode());
    HttpResponse<String> past = issue(web, "admin", police, "TRAINER", -1);
    assertEquals(409, past.statusCode(), past.body());
    HttpResponse<String> invalid =
        web.send(
            web.request("api/admin/api-keys")
                .header("Authorization", WebClient.basic("admin", "tegn-demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"organisationId\":" + police + "}")));
    assertEquals(400, invalid.statusCode(), invalid.body());
    assertTrue(invalid.body().contains("\"fields\""), invalid.body());
  }

  @Test
  void malformedUnknownAndExpiredKeysGet401JsonAndAnAuditLineNeverA500() throws Exception {
    WebClient web = new WebClient(base);
    String unknownId = "0123456789abcdef";
    for (String bad :
        List.of(
            "",
            "tegn_",
            "x".repeat(2000),
            "tegn_%%%_<>\"'",
            "tegn_" + unknownId + "_" + "A".repeat(43))) {
      HttpResponse<String> answer = bearer(web, "api/me", bad);
      assertEquals(401, answer.statusCode(), "for " + bad.length() + " chars: " + answer.body());
      assertTrue(answer.body().startsWith("{\"error\":\"unauthorized\""), answer.body());
    }
    assertTrue(refusals(unknownId, "unknown") >= 1);

    long police = organisationOf(web, "trainee");
    HttpResponse<String> issued = issue(web, "admin", police, "TRAINER", 10);
    String key = match(KEY, issued.body());
    String publicId = match(PUBLIC_ID, issued.body());
    assertEquals(200, bearer(web, "api/me", key).statusCode());
    try (Connection c = database();
        PreparedStatement s =
            c.prepareStatement(
                "update plt_api_key set expires_at = utc_timestamp() - interval 1 minute"
                    + " where public_id = ?")) {
      s.setString(1, publicId);
      assertEquals(1, s.executeUpdate());
    }
    HttpResponse<String> expired = bearer(web, "api/me", key);
    assertEquals(401, expired.statusCode(), expired.body());
    assertEquals(1, refusals(publicId, "expired"));
  }

  @Test
  void adminMakesAKeyOnTheAdminPageAndSeesItOnce() throws Exception {
    try (Browser browser = new Browser(base, "en")) {
      browser.signIn("admin", "tegn-demo");
      browser.open("admin/api-keys.xhtml");
      browser.type("issue:name", "Page-made export key");
      browser.click("issue:save");
      String key = browser.waitFor(By.id("issued-key")).getText().trim();
      assertTrue(key.startsWith("tegn_"), key);
      assertTrue(browser.driver().getPageSource().contains("Page-made export key"));
      HttpResponse<String> me = bearer(new WebClient(base), "api/me", key);
      assertEquals(200, me.statusCode(), me.body());
      assertTrue(me.body().contains("\"role\":\"COORDINATOR\""), me.body());
      browser.open("admin/api-keys.xhtml");
      assertFalse(browser.driver().getPageSource().contains(key), "shown once only");
    }
    HttpResponse<String> trainee =
        new WebClient(base).getAs("admin/api-keys.xhtml", "trainee", "tegn-demo");
    assertTrue(
        trainee.statusCode() == 403 || trainee.statusCode() == 302, "" + trainee.statusCode());
  }

  // ---- helpers ----

  private static HttpResponse<String> issue(
      WebClient web, String admin, long organisation, String role, int days) throws Exception {
    return web.send(
        web.request("api/admin/api-keys")
            .header("Authorization", WebClient.basic(admin, "tegn-demo"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(newKey(organisation, role, days))));
  }

  private static String newKey(long organisation, String role, int days) {
    return "{\"name\":\"IT script\",\"organisationId\":"
        + organisation
        + ",\"role\":\""
        + role
        + "\",\"expiresOn\":\""
        + LocalDate.now(java.time.ZoneOffset.UTC).plusDays(days)
        + "\"}";
  }

  private static HttpResponse<String> bearer(WebClient web, String path, String key)
      throws Exception {
    return web.send(web.request(path).header("Authorization", "Bearer " + key).GET());
  }

  private static long organisationOf(WebClient web, String username) throws Exception {
    return Long.parseLong(
        match(ORGANISATION_ID, web.getAs("api/me", username, "tegn-demo").body()));
  }

  private static String match(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    assertTrue(m.find(), pattern + " in " + body);
    return m.group(1);
  }

  private static int refusals(String publicId, String reason) throws Exception {
    try (Connection c = database();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from plt_audit where action = 'apikey.use' and outcome ="
                    + " 'REFUSED' and target_type = 'api_key' and target_id = ? and detail = ?")) {
      s.setString(1, publicId);
      s.setString(2, reason);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("tegn.db.url"),
        System.getProperty("tegn.db.user"),
        System.getProperty("tegn.db.password"));
  }
}
