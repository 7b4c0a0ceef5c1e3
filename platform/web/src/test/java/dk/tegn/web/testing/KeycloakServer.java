package dk.tegn.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak (its Quarkus distribution, unpacked by the build from the Maven artifact) in dev
 * mode on a free port, with one realm imported from the test resources; once per test class, as it
 * takes a while to start. Its database is wiped first, so the realm is always the file's. The log
 * goes to {@code target/keycloak-<realm>.log}. {@code @RegisterExtension static final
 * KeycloakServer KEYCLOAK = new KeycloakServer("tegn-it");} with {@code
 * keycloak/tegn-it-realm.json}.
 */
public final class KeycloakServer implements BeforeAllCallback, AfterAllCallback {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

  private final String realm;
  private Process process;
  private int port;

  public KeycloakServer(String realm) {
    this.realm = realm;
  }

  /** The realm's issuer URL, e.g. {@code http://127.0.0.1:41234/realms/tegn-it}. */
  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + realm;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Path home = Path.of(System.getProperty("tegn.test.keycloak.home", "target/keycloak"));
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException("Keycloak is not unpacked at " + home + " (mvn verify does)");
    }
    deleteTree(home.resolve("data"));
    Path imports = Files.createDirectories(home.resolve("data/import"));
    try (InputStream realmFile =
        KeycloakServer.class.getResourceAsStream("/keycloak/" + realm + "-realm.json")) {
      Files.copy(realmFile, imports.resolve(realm + "-realm.json"));
    }
    port = freePort();
    Path log = Path.of("target", "keycloak-" + realm + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + freePort(),
                "--import-realm",
                "--hostname-strict=false")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    String java =
        System.getProperty("tegn.test.keycloak.java", "/usr/lib/jvm/temurin-25-jdk-amd64");
    builder.environment().put("JAVA_HOME", java);
    builder.environment().put("PATH", java + "/bin:" + System.getenv("PATH"));
    // a small heap on a shared box
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    process = builder.start();
    awaitRealm(log);
  }

  private void awaitRealm(Path log) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    Instant until = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped while starting; see " + log);
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Keycloak did not serve its realm in time; see " + log);
  }

  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    if (process == null) {
      return;
    }
    // kc.sh starts the JVM as a child: stop the children too
    Stream<ProcessHandle> children = process.descendants();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    process = null;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
