package dk.tegn.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import fish.payara.micro.data.InstanceDescriptor;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs Tegn in one JVM: the embedded MariaDB (or an external database), then Payara Micro with
 * {@code ROOT.war} at {@code http://localhost:<port>/}. Configured by environment variables only
 * (see README.md); Ctrl-C or SIGTERM stops Payara, then MariaDB.
 */
public final class Main {

  /** Weld's switch for its schema validation of beans.xml (SystemPropertiesConfiguration). */
  static final String WELD_XML_VALIDATION_OFF = "org.jboss.weld.xml.disableValidating";

  /** The WAR's schema stamp (dk.tegn.core.schema.SchemaStamp): its file and the build's name. */
  static final String SCHEMA_STAMP_FILE = "tegn.schema.stamp.file";

  static final String SCHEMA_STAMP_BUILD = "tegn.schema.stamp.build";

  /** The stamp's file in the data folder. */
  static final String SCHEMA_STAMP = "schema-stamp";

  /** Payara Micro deploys a file of this name at the context root "/". */
  static final String WAR_NAME = "ROOT.war";

  static final String APPLICATION_NAME = "ROOT";

  /** A boot takes 10–40 s on a 2-core machine, and far longer while it is busy with other work. */
  static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  /** The name Payara Micro gives its own shutdown hook, which stops the server concurrently. */
  private static final String PAYARA_SHUTDOWN_HOOK = "Payara Micro Shutdown Hook";

  private static final Duration STOP_WAIT = Duration.ofSeconds(60);

  static final String DEMO_LOGINS =
      "admin, trainer, coordinator, intake, trainee, cadet01 to cadet20";

  private final Settings settings;
  private volatile EmbeddedDatabase database;
  private volatile CompletableFuture<EmbeddedDatabase> startingDatabase;
  private volatile PayaraMicroRuntime payara;

  private Main(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    if (args.length > 0) {
      Console.say(
          "usage: java -jar tegn-launcher.jar (no arguments; TEGN_* environment variables"
              + " configure it, see README.md)");
      System.exit(2);
    }
    try {
      new Main(Settings.fromEnvironment(System.getenv())).run();
    } catch (LaunchException e) {
      Console.say(e.getMessage());
      // the shutdown hook stops whatever was already started
      System.exit(1);
    }
  }

  private void run() {
    if (ClassPathRuntime.onClassPath()) {
      // ops/run put Payara's runtime on the class path: no nested class loader (ClassPathRuntime)
      ClassPathRuntime.register(settings.dataDir());
    }
    Path war = warFile();
    refuseBusyPort(settings.httpPort());
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "tegn-stop"));

    // MariaDB starts while Payara boots (each took about half of a first start); the WAR is
    // deployed once both are up, because it migrates the schema as it starts
    CompletableFuture<EmbeddedDatabase> embedded =
        settings.embedded() ? startDatabaseAside(settings.dataDir()) : null;
    startingDatabase = embedded;
    // unpacking a new WAR (once per build) likewise goes on while Payara boots
    CompletableFuture<Path> unpacked = unpackAside(war, settings.dataDir());

    // work Payara does at every start that this launcher can spare it (ops/BENCHMARKS.md, start):
    // its key and trust stores without their password-based check, and Weld's validation of every
    // beans.xml against the schema, which the container tests and production still do
    KeyStores.apply(BinaryCache.root(System.getenv()));
    if (System.getProperty(WELD_XML_VALIDATION_OFF) == null) {
      System.setProperty(WELD_XML_VALIDATION_OFF, "true");
    }

    Console.say("starting Payara Micro on port " + settings.httpPort());
    long booting = System.nanoTime();
    try {
      payara =
          PayaraMicro.getInstance()
              .setHttpPort(settings.httpPort())
              .setNoCluster(true)
              // one instance needs no data grid: no Hazelcast member listening on any interface
              .setNoHazelcast(true)
              .setPrintLogo(false)
              .setPreBootHandler(Hardening::apply)
              .bootStrap();
    } catch (BootstrapException e) {
      throw new LaunchException("Payara Micro did not start: " + Jdbc.shortCause(e));
    }
    Console.say(
        String.format("Payara Micro booted in %.1f s", (System.nanoTime() - booting) / 1e9));

    String url;
    String user;
    String password;
    if (embedded != null) {
      database = awaitDatabase(embedded);
      url = database.url();
      user = EmbeddedDatabase.USER;
      password = EmbeddedDatabase.PASSWORD;
    } else {
      url = settings.dbUrl();
      user = settings.dbUser();
      password = settings.dbPassword();
      Console.say("using the database at " + Jdbc.redact(url));
      // the embedded database was reached on its own thread already (it created the schema there);
      // a database named by the user is checked here, on the path to the first page, once
      Jdbc.check(url, user, password);
    }

    // the WAR reads these through MicroProfile Config (system properties of this JVM)
    System.setProperty("tegn.db.url", url);
    System.setProperty("tegn.db.user", user);
    System.setProperty("tegn.db.password", password);
    System.setProperty("tegn.demo.enabled", String.valueOf(settings.demo()));
    // the launcher's instance runs alone (no data grid): it is told of every account change itself,
    // so it may keep signed-in callers for minutes (CallerRows; the asadmin property of
    // single-instance.asadmin does not reach this JVM's system properties)
    if (System.getenv("TEGN_INSTANCE_ALONE") == null) {
      System.setProperty("tegn.instance.alone", "true");
    }
    // the referral encryption keys live beside the data they protect, unless given as a secret
    if (System.getenv("TEGN_INTAKE_KEYSET") == null) {
      System.setProperty(
          "tegn.intake.keyset.file", settings.dataDir().resolve("intake-keyset.json").toString());
    }
    // the platform keyset (single sign-on client secrets) likewise, unless given as a secret
    if (System.getenv("TEGN_SECRETS_KEYSET") == null) {
      System.setProperty(
          "tegn.secrets.keyset.file",
          settings.dataDir().resolve("platform-keyset.json").toString());
    }
    // xAPI LRS secrets have their own keyset, unless given as a secret
    if (System.getenv("TEGN_XAPI_KEYSET") == null) {
      System.setProperty(
          "tegn.xapi.keyset.file", settings.dataDir().resolve("xapi-keyset.json").toString());
    }
    // links in mails point here unless TEGN_PUBLIC_URL names the address users reach
    System.setProperty(
        "tegn.public.url",
        System.getenv()
            .getOrDefault("TEGN_PUBLIC_URL", "http://localhost:" + settings.httpPort() + "/"));
    // X-Forwarded-Proto and -For are honoured from these addresses only (a TLS proxy in front)
    String proxies = System.getenv("TEGN_TRUSTED_PROXIES");
    if (proxies != null && !proxies.isBlank()) {
      System.setProperty("tegn.proxy.trusted", proxies);
    }
    if (settings.demo()) {
      System.setProperty("tegn.demo.password", settings.demoPassword());
    }

    Path application = awaitUnpacked(unpacked, war);
    // Flyway is not run when this build (the unpacked folder's name) migrated the very history the
    // database holds at an earlier start (SchemaStamp); TEGN_SCHEMA_STAMP=false runs it every time
    if (!"false".equals(System.getenv("TEGN_SCHEMA_STAMP"))) {
      System.setProperty(
          SCHEMA_STAMP_FILE, settings.dataDir().resolve(SCHEMA_STAMP).toAbsolutePath().toString());
      System.setProperty(SCHEMA_STAMP_BUILD, application.getFileName().toString());
    }
    long deploying = System.nanoTime();
    if (!payara.deploy(APPLICATION_NAME, "/", application.toFile()) || !deployed(payara)) {
      throw new LaunchException(
          "Tegn's web application ("
              + war
              + ") did not deploy; the cause is in Payara's log above.");
    }
    Console.say(String.format("Tegn deployed in %.1f s", (System.nanoTime() - deploying) / 1e9));
    deployAlongside(payara, System.getenv("TEGN_ALSO_DEPLOY"));
    if (database != null) {
      database.supervise();
    }
    new ReadinessProbe(settings.httpPort()).await(START_TIMEOUT);

    Duration uptime =
        Duration.between(
            ProcessHandle.current().info().startInstant().orElse(Instant.now()), Instant.now());
    Console.say(
        String.format(
            "Tegn is ready at http://localhost:%d/ (started in %.1f s)",
            settings.httpPort(), uptime.toMillis() / 1000.0));
    if (settings.demo()) {
      Console.say(
          "demo logins, all with the password \"" + settings.demoPassword() + "\": " + DEMO_LOGINS);
    }
    waitForever();
  }

  /**
   * Deploys further WARs beside Tegn, each at {@code /<file name without .war>}, sharing its Payara
   * and the database properties: the reference application of {@code ops/load/ratio}. {@code
   * TEGN_ALSO_DEPLOY} lists their paths separated by the path separator; unset, nothing.
   */
  private static void deployAlongside(PayaraMicroRuntime runtime, String wars) {
    if (wars == null || wars.isBlank()) {
      return;
    }
    for (String entry : wars.split(java.io.File.pathSeparator)) {
      Path war = Path.of(entry.strip()).toAbsolutePath().normalize();
      String name = war.getFileName().toString().replaceFirst("\\.war$", "");
      if (!Files.isRegularFile(war) || !runtime.deploy(name, "/" + name, war.toFile())) {
        throw new LaunchException(war + " (TEGN_ALSO_DEPLOY) did not deploy; see Payara's log.");
      }
      Console.say("also deployed " + war + " at /" + name);
    }
  }

  /** Starts the embedded database on its own thread; the shutdown hook stops it once it is up. */
  private static CompletableFuture<EmbeddedDatabase> startDatabaseAside(Path dataDir) {
    return aside("tegn-database-start", () -> EmbeddedDatabase.start(dataDir));
  }

  /** Unpacks the WAR into the data folder on its own thread (see {@link UnpackedWar}). */
  private static CompletableFuture<Path> unpackAside(Path war, Path dataDir) {
    return aside("tegn-war-unpack", () -> UnpackedWar.prepare(war, dataDir));
  }

  /** Work done on a thread of its own while Payara boots on the main thread. */
  private static <T> CompletableFuture<T> aside(String threadName, Callable<T> work) {
    CompletableFuture<T> done = new CompletableFuture<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                done.complete(work.call());
              } catch (Exception e) {
                done.completeExceptionally(e);
              }
            },
            threadName);
    worker.setDaemon(true);
    worker.start();
    return done;
  }

  private static Path awaitUnpacked(CompletableFuture<Path> unpacked, Path war) {
    try {
      return unpacked.join();
    } catch (CompletionException e) {
      throw new LaunchException(
          "Tegn cannot unpack "
              + war
              + " into its data folder ("
              + e.getCause()
              + "): check that the folder is writable and the disk not full.");
    }
  }

  private static EmbeddedDatabase awaitDatabase(CompletableFuture<EmbeddedDatabase> embedded) {
    try {
      return embedded.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof LaunchException launch) {
        throw launch;
      }
      throw new LaunchException("Tegn cannot start the embedded database: " + e.getCause());
    }
  }

  /**
   * Whether the WAR started. The runtime's application names still list an application whose start
   * failed; the instance descriptor (Payara's "Deployed" list in its log) does not.
   */
  private static boolean deployed(PayaraMicroRuntime runtime) {
    InstanceDescriptor self = runtime.getLocalDescriptor();
    if (self == null) {
      return runtime.getDeployedApplicationNames().contains(APPLICATION_NAME);
    }
    return self.getDeployedApplications().stream()
        .anyMatch(app -> APPLICATION_NAME.equals(app.getName()));
  }

  /** Stops Payara first, so the application lets go of its connections, then MariaDB. */
  private void stop() {
    PayaraMicroRuntime runtime = payara;
    EmbeddedDatabase db = database == null ? startedMeanwhile() : database;
    if (runtime == null && db == null) {
      return;
    }
    Console.say("stopping");
    if (runtime != null) {
      try {
        runtime.shutdown();
      } catch (Exception e) {
        // Payara's own hook got there first; waiting for it below is what matters
      }
    }
    awaitPayaraHook();
    if (db != null) {
      db.stop();
    }
    Console.say("stopped");
  }

  /** A database still starting when the launcher is stopped is waited for, then stopped too. */
  private EmbeddedDatabase startedMeanwhile() {
    CompletableFuture<EmbeddedDatabase> starting = startingDatabase;
    if (starting == null) {
      return null;
    }
    try {
      return starting.get(STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return null;
    }
  }

  private static void awaitPayaraHook() {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (PAYARA_SHUTDOWN_HOOK.equals(t.getName())) {
        try {
          t.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** {@code ROOT.war} next to the launcher jar, where the launcher's pom copies it. */
  private static Path warFile() {
    Path jar;
    try {
      jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new LaunchException("Cannot tell where the launcher jar is: " + e.getMessage());
    }
    Path war = jar.getParent().resolve(WAR_NAME).toAbsolutePath().normalize();
    if (!Files.isRegularFile(war)) {
      throw new LaunchException(
          war + " is missing: build it with ./mvnw -B -DskipTests install (ops/run does that).");
    }
    return war;
  }

  /**
   * With the port taken, the readiness probe could be answered by whatever else listens there and
   * report a false success; checking first also gives the user one clear line.
   */
  private static void refuseBusyPort(int port) {
    try (ServerSocket probe = new ServerSocket(port)) {
      probe.getLocalPort();
    } catch (IOException e) {
      throw new LaunchException(
          "Tegn cannot listen on port "
              + port
              + " ("
              + e.getMessage()
              + "): stop what runs there, or set TEGN_HTTP_PORT to a free port.");
    }
  }

  /** Payara serves from its own threads; the main thread has nothing left to do. */
  private static void waitForever() {
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
