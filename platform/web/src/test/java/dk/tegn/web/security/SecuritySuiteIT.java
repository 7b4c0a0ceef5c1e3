package dk.tegn.web.security;

import static dk.tegn.core.persistence.JsonP.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.web.testing.WebClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16's security suite, from outside as an auditor works, over every operation the OpenAPI
 * document at /openapi lists and every Faces page in the WAR: (1) a bad-input corpus (empty, huge,
 * wrong types, malformed and deeply nested JSON, NUL and unusual Unicode, path traversal, script
 * and SQL payloads, wrong methods and content types) gets no 5xx and no stack trace; (2) an access
 * matrix of every operation and page × every role × two organisations leaks nothing: no role
 * reaches an operation its x-roles do not name, and nobody but the first organisation's admin and
 * coordinator sees its marked person. Prints its counts. Runs with the other ITs in ops/test.
 */
@ExtendWith(ArquillianExtension.class)
class SecuritySuiteIT {

  static final String PASSWORD = "tegn-demo";

  /** A Java stack frame, an exception's name, or a server's internals in an answer. */
  static final Pattern STACK =
      Pattern.compile(
          "\\bat (?:java|jakarta|org|com|dk|fish|sun)\\.[\\w.$]+\\(|[A-Za-z]+Exception\\b|SQLState|"
              + "Caused by:|\\bPayara\\b");

  @ArquillianResource URL base;

  record Operation(String method, String path, Set<String> roles, List<String> query) {}

  String p;
  long organisationA;
  long organisationB;
  long marker;
  List<String> markers;

  @BeforeEach
  void setUp() throws Exception {
    p = "ss" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> r = new WebClient(base).get("it/security-suite?prefix=" + p);
    assertEquals(200, r.statusCode(), r.body());
    String[] ids = r.body().split(" ");
    organisationA = Long.parseLong(ids[0]);
    organisationB = Long.parseLong(ids[1]);
    marker = Long.parseLong(ids[2]);
    markers =
        List.of("Markus Leakwatch " + p, p + "-marker@suite.tegn.dk", "Leakwatch cohort " + p);
  }

  // ---------------------------------------------------------------- the bad-input corpus

  static final List<String> PATH_VALUES =
      List.of(
          "0",
          "-1",
          "99999999999999999999",
          "abc",
          "..%2F..%2F..%2Fetc%2Fpasswd",
          "%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml",
          "%00",
          "%E2%80%AE%F0%9F%98%80",
          "%27%20OR%201%3D1--",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "1.5",
          "%20");

  static final List<String> QUERY_VALUES =
      List.of(
          "",
          "-1",
          "abc",
          "%00",
          "99999999999999999999",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "%27%20OR%201%3D1--",
          "..%2F..%2Fetc%2Fpasswd",
          "true",
          "%EF%BF%BF");

  static List<String> bodies() {
    return List.of(
        "",
        "{}",
        "[]",
        "null",
        "\"x\"",
        "true",
        "12",
        "{\"a\":",
        "{\"a\":1,}",
        "[".repeat(5_000) + "]".repeat(5_000),
        "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
        "{\"name\":\"a\u0000b\",\"text\":\"\\u0000\"}",
        "{\"name\":\"\u202Eevil\uD83D\uDE00\uFFFF\",\"key\":\"\\uD800\"}",
        "{\"name\":\"<script>alert(1)</script>\",\"text\":\"<img src=x onerror=alert(1)>\"}",
        "{\"name\":\"' OR 1=1 --\",\"id\":\"1; DROP TABLE plt_account\"}",
        "{\"id\":\"abc\",\"organisationId\":\"x\",\"immediateDanger\":\"yes\",\"expiresOn\":12,"
            + "\"role\":[1,2],\"keys\":{\"a\":1},\"idempotencyKey\":null}",
        "{\"organisationId\":1e400,\"id\":-99999999999999999999,\"number\":NaN}",
        "{\"path\":\"../../../../etc/passwd\",\"file\":\"..\\\\..\\\\boot.ini\"}",
        "{\"x\":\"" + "a".repeat(2_000_000) + "\"}");
  }

  @Test
  void aBadInputCorpusOverEveryOperationAndFormGetsNo5xxAndNoStackTrace() throws Exception {
    List<Operation> operations = operations();
    // one session for the corpus: HTTP Basic would hash the password (Argon2id) on every request
    WebClient all = new WebClient(base);
    assertEquals(302, all.signIn(p + "-all", PASSWORD).statusCode());
    List<Probe> probes = new ArrayList<>();
    for (Operation op : operations) {
      boolean hasBody = Set.of("POST", "PUT", "PATCH").contains(op.method());
      boolean rotation = op.path().endsWith("/keys/rotation");
      // every path parameter given each bad value (a DELETE never gets a real-looking id)
      if (op.path().contains("{")) {
        for (String value : PATH_VALUES) {
          probes.add(
              new Probe(
                  op.method(), fill(op.path(), value), hasBody ? "{}" : null, "application/json"));
        }
      }
      if (rotation) {
        continue; // rotating the intake keys hundreds of times proves nothing more
      }
      String path = fill(op.path(), op.method().equals("DELETE") ? "0" : "1");
      for (String q : op.query()) {
        for (String value : QUERY_VALUES) {
          probes.add(
              new Probe(
                  op.method(),
                  path + "?" + q + "=" + value,
                  hasBody ? "{}" : null,
                  "application/json"));
        }
      }
      if (hasBody) {
        for (String body : bodies()) {
          probes.add(new Probe(op.method(), path, body, "application/json"));
        }
        for (String[] typed :
            List.of(
                new String[] {"text/plain", "{}"},
                new String[] {"application/xml", "<?xml version=\"1.0\"?><a>&lt;</a>"},
                new String[] {"application/json; charset=x-unknown", "{}"},
                new String[] {"multipart/form-data; boundary=x", "--x\r\nbroken"},
                new String[] {"application/x-www-form-urlencoded", "a=%00&b=%ZZ"},
                new String[] {null, "{}"})) {
          probes.add(new Probe(op.method(), path, typed[1], typed[0]));
        }
      }
    }
    // wrong methods on every path
    Map<String, Set<String>> declared = new LinkedHashMap<>();
    operations.forEach(
        o -> declared.computeIfAbsent(o.path(), k -> new TreeSet<>()).add(o.method()));
    for (Map.Entry<String, Set<String>> path : declared.entrySet()) {
      for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
        if (!path.getValue().contains(method)) {
          probes.add(new Probe(method, fill(path.getKey(), "0"), null, null));
        }
      }
    }
    List<String> failures = probe(all, probes);
    int requests = probes.size();
    // the forms anyone can reach: sign-in and self-registration
    for (String value :
        List.of(
            "",
            "a\u0000b",
            "x".repeat(100_000),
            "\u202E\uD83D\uDE00",
            "<script>alert(1)</script>",
            "' OR 1=1 --")) {
      WebClient anonymous = new WebClient(base);
      HttpResponse<String> login =
          anonymous.postFaces(
              "login.xhtml",
              anonymous.get("login.xhtml").body(),
              Map.of(
                  "login",
                  "login",
                  "login:username",
                  value,
                  "login:password",
                  value,
                  "login:next",
                  value,
                  "login:submit",
                  ""));
      requests += 2;
      verdict(failures, "form login " + abbreviate(value), login);
      WebClient registrant = new WebClient(base);
      HttpResponse<String> register =
          registrant.postFaces(
              "register/register.xhtml",
              registrant.get("register/register.xhtml").body(),
              Map.of(
                  "register",
                  "register",
                  "register:email",
                  value + "@demo-um.dk",
                  "register:displayName",
                  value,
                  "register:password",
                  value,
                  "register:submit",
                  ""));
      requests += 2;
      verdict(failures, "form register " + abbreviate(value), register);
    }
    System.out.printf(
        "[security] bad-input corpus: %d requests over %d operations and 2 forms; %d failures%n",
        requests, operations.size(), failures.size());
    failures.forEach(f -> System.out.println("[security] " + f));
    assertTrue(requests > 600, "requests: " + requests);
    assertEquals(List.of(), failures);
  }

  /** One request of the corpus: a method, a path, and a body of a content type (or none). */
  record Probe(String method, String path, String body, String type) {}

  /** Sends the probes in parallel in the session of {@code client}; returns what failed. */
  private List<String> probe(WebClient client, List<Probe> probes) throws Exception {
    List<java.util.concurrent.Callable<List<String>>> checks = new ArrayList<>();
    for (Probe probe : probes) {
      checks.add(() -> check(client, probe));
    }
    return inParallel(checks);
  }

  /** What one caller's call of one operation leaks (or answers with a 5xx). */
  private List<String> operationLeaks(Operation op, String path, String who, WebClient client)
      throws Exception {
    List<String> leaks = new ArrayList<>();
    HttpRequest.Builder request =
        client
            .request(path)
            .header("Content-Type", "application/json")
            .header("Origin", origin())
            .method(
                op.method(),
                Set.of("POST", "PUT", "PATCH").contains(op.method())
                    ? HttpRequest.BodyPublishers.ofString("{}")
                    : HttpRequest.BodyPublishers.noBody());
    HttpResponse<String> r = client.send(request);
    String role = who.contains(":") ? who.substring(2).toUpperCase() : null;
    String what = who + " " + op.method() + " " + path + " -> " + r.statusCode();
    boolean ok = r.statusCode() >= 200 && r.statusCode() < 300;
    if (r.statusCode() >= 500) {
      leaks.add("5xx: " + what + " " + abbreviate(r.body()));
    }
    if (role == null && r.statusCode() != 401) {
      leaks.add("anonymous not 401: " + what);
    }
    if (ok && role != null && !op.roles().contains("SIGNED_IN") && !op.roles().contains(role)) {
      leaks.add("role not in x-roles " + op.roles() + ": " + what);
    }
    if (ok && op.query().contains("organisation") && who.startsWith("b:")) {
      leaks.add("another organisation's figures: " + what);
    }
    if (ok && leaks(who, r.body())) {
      leaks.add("marked person seen: " + what + " " + abbreviate(r.body()));
    }
    return leaks;
  }

  /** What one caller's view of one page leaks (or shows of an error). */
  private List<String> pageLeaks(String variant, String who, WebClient client) throws Exception {
    List<String> leaks = new ArrayList<>();
    HttpResponse<String> r = client.get(variant);
    String what = who + " GET " + variant + " -> " + r.statusCode();
    if (r.statusCode() >= 500 || STACK.matcher(r.body()).find()) {
      leaks.add("page error: " + what + " " + abbreviate(r.body()));
    }
    if (r.statusCode() == 200 && leaks(who, r.body())) {
      leaks.add("marked person seen on a page: " + what);
    }
    if (r.statusCode() == 200 && variant.startsWith("admin/") && !who.endsWith(":admin")) {
      leaks.add("admin page for a non-admin: " + what);
    }
    return leaks;
  }

  /**
   * Runs the checks four at a time (the server has two cores and much of a request is waiting for
   * the database); returns what they found, in no particular order.
   */
  private static List<String> inParallel(List<java.util.concurrent.Callable<List<String>>> checks)
      throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<String> found = new ArrayList<>();
      for (var result : pool.invokeAll(checks)) {
        found.addAll(result.get());
      }
      return found;
    } finally {
      pool.shutdown();
    }
  }

  private List<String> check(WebClient client, Probe probe) throws Exception {
    List<String> failures = new ArrayList<>();
    HttpRequest.Builder request =
        client
            .request(probe.path())
            .header("Origin", origin())
            .method(
                probe.method(),
                probe.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8));
    if (probe.type() != null) {
      request.header("Content-Type", probe.type());
    }
    HttpResponse<String> r;
    try {
      r = client.send(request);
    } catch (java.io.IOException refused) {
      // a body over the limit may be refused before it is read: that is no 5xx
      return failures;
    }
    verdict(
        failures,
        probe.method()
            + " "
            + probe.path()
            + " ["
            + (probe.type() == null ? "-" : probe.type())
            + "] "
            + abbreviate(probe.body()),
        r);
    return failures;
  }

  private static void verdict(List<String> failures, String what, HttpResponse<String> r) {
    if (r.statusCode() >= 500) {
      failures.add(r.statusCode() + " " + what + " -> " + abbreviate(r.body()));
    } else if (STACK.matcher(r.body()).find() && !refusedBeforeTegn(r)) {
      failures.add("stack trace: " + what + " -> " + abbreviate(r.body()));
    }
  }

  /**
   * An encoded "../" that climbs out of the application cannot be routed: Payara Micro's HTTP layer
   * refuses it with a 4xx before any Tegn code runs, and its built-in status page names the server
   * (no pre-boot setting removes that page; production's balancer refuses such paths first,
   * ops/production/nginx-tls.conf). Such an answer must still carry no stack frame or exception.
   */
  private static boolean refusedBeforeTegn(HttpResponse<String> r) {
    String body = r.body();
    return r.statusCode() >= 400
        && r.uri().getRawPath().contains("..%2F")
        && body.contains("Error report")
        && !STACK.matcher(body.replaceAll("\\bPayara\\b", "")).find();
  }

  // ---------------------------------------------------------------- the access matrix

  @Test
  void everyOperationAndPageByEveryRoleOfTwoOrganisationsLeaksNothing() throws Exception {
    List<Operation> operations = operations();
    List<String> pages = pages();
    Map<String, WebClient> callers = new LinkedHashMap<>();
    callers.put("anonymous", new WebClient(base));
    for (String side : List.of("a", "b")) {
      for (String role : List.of("trainee", "trainer", "coordinator", "intake_officer", "admin")) {
        String username = p + "-" + side + "-" + role;
        WebClient client = new WebClient(base);
        assertEquals(302, client.signIn(username, PASSWORD).statusCode(), username);
        callers.put(side + ":" + role, client);
      }
    }
    // reads first, all at once; then the writes, so no write races a read that looks for a leak
    List<java.util.concurrent.Callable<List<String>>> reads = new ArrayList<>();
    List<java.util.concurrent.Callable<List<String>>> writes = new ArrayList<>();
    for (Operation op : operations) {
      if (op.path().endsWith("/keys/rotation")) {
        continue; // nobody of these organisations may rotate; checked once below for anonymous
      }
      if (op.method().equals("DELETE") && op.path().startsWith("api/personal-data/")) {
        // a:admin would erase the marked person, and every later check could no longer see a
        // leak of them; PrivacyIT checks the erasure's role and organisation
        continue;
      }
      String path = fill(op.path(), String.valueOf(marker));
      if (op.query().contains("organisation")) {
        path += "?organisation=" + organisationA;
      }
      String target = path;
      for (Map.Entry<String, WebClient> caller : callers.entrySet()) {
        (op.method().equals("GET") ? reads : writes)
            .add(() -> operationLeaks(op, target, caller.getKey(), caller.getValue()));
      }
    }
    int apiChecks = reads.size() + writes.size();
    for (String page : pages) {
      for (String variant :
          List.of(
              page,
              page
                  + "?account="
                  + marker
                  + "&id="
                  + marker
                  + "&course=1&enrolment=1&code=x&token=x")) {
        for (Map.Entry<String, WebClient> caller : callers.entrySet()) {
          reads.add(() -> pageLeaks(variant, caller.getKey(), caller.getValue()));
        }
      }
    }
    int pageChecks = reads.size() + writes.size() - apiChecks;
    List<String> leaks = new ArrayList<>(inParallel(reads));
    leaks.addAll(inParallel(writes));
    HttpResponse<String> rotation =
        new WebClient(base)
            .send(
                new WebClient(base)
                    .request("api/intake/keys/rotation")
                    .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(401, rotation.statusCode());
    System.out.printf(
        "[security] access matrix: %d operations x %d callers = %d API checks, %d pages (2 variants) x %d callers = %d page checks; %d leaks%n",
        operations.size(),
        callers.size(),
        apiChecks,
        pages.size(),
        callers.size(),
        pageChecks,
        leaks.size());
    assertTrue(
        operations.size() >= 20 && pages.size() >= 20,
        operations.size() + " ops, " + pages.size() + " pages");
    assertEquals(List.of(), leaks);
  }

  private String origin() {
    return base.getProtocol()
        + "://"
        + base.getHost()
        + (base.getPort() < 0 ? "" : ":" + base.getPort());
  }

  /** Only the first organisation's admin and coordinator may see its marked person. */
  private boolean leaks(String caller, String body) {
    if (caller.equals("a:admin") || caller.equals("a:coordinator")) {
      return false;
    }
    return markers.stream().anyMatch(body::contains);
  }

  // ---------------------------------------------------------------- what there is

  /** Every operation of the OpenAPI document, with its x-roles and query parameters. */
  private List<Operation> operations() throws Exception {
    // Payara serves the document at the server's root, beside the application
    HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(new URL(base, "/openapi").toURI())
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    JsonObject paths =
        JSON.createReader(new StringReader(r.body())).readObject().getJsonObject("paths");
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      for (Map.Entry<String, JsonValue> item : path.getValue().asJsonObject().entrySet()) {
        String method = item.getKey().toUpperCase();
        if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          continue;
        }
        JsonObject op = item.getValue().asJsonObject();
        Set<String> roles = new TreeSet<>();
        JsonValue declared = op.get("x-roles");
        if (declared instanceof JsonArray array) {
          array.getValuesAs(JsonString.class).forEach(s -> roles.add(s.getString()));
        }
        List<String> query = new ArrayList<>();
        JsonValue parameters = op.get("parameters");
        if (parameters instanceof JsonArray array) {
          for (JsonValue parameter : array) {
            JsonObject po = parameter.asJsonObject();
            if ("query".equals(po.getString("in", ""))) {
              query.add(po.getString("name"));
            }
          }
        }
        operations.add(new Operation(method, path.getKey().replaceFirst("^/", ""), roles, query));
      }
    }
    return operations;
  }

  /** Every Faces page of the WAR and its module jars, as a path below the context root. */
  private static List<String> pages() throws Exception {
    Set<String> pages = new TreeSet<>();
    File war = new File(System.getProperty("tegn.test.war", "target/tegn.war"));
    try (ZipFile zip = new ZipFile(war)) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        String name = e.getName();
        if (name.endsWith(".xhtml")
            && !name.startsWith("WEB-INF/")
            && !name.startsWith("resources/")) {
          pages.add(name);
        }
        if (name.startsWith("WEB-INF/lib/tegn-") && name.endsWith(".jar")) {
          try (InputStream in = zip.getInputStream(e);
              ZipInputStream jar = new ZipInputStream(in)) {
            for (ZipEntry j = jar.getNextEntry(); j != null; j = jar.getNextEntry()) {
              String inner = j.getName();
              if (inner.startsWith("META-INF/resources/")
                  && inner.endsWith(".xhtml")
                  && !inner.contains("/WEB-INF/")
                  && !inner.contains("/resources/")) {
                pages.add(inner.substring("META-INF/resources/".length()));
              }
            }
          }
        }
      }
    }
    pages.removeIf(
        pg ->
            pg.contains("/templates/")
                || pg.contains("/components/")
                || pg.endsWith("-buttons.xhtml"));
    return new ArrayList<>(pages);
  }

  private static String fill(String template, String value) {
    return template.replaceAll("\\{[^}]+\\}", java.util.regex.Matcher.quoteReplacement(value));
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "-";
    }
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
