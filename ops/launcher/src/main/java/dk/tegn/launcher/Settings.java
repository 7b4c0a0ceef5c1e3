package dk.tegn.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The launcher's configuration, read from the environment once at start. A variable that is set but
 * empty counts as unset, so {@code TEGN_DB_URL= ops/run} behaves like leaving it out. Values are
 * taken as they are (a password may begin or end with a space).
 *
 * @param httpPort where Payara Micro listens
 * @param dataDir the folder that holds the embedded database (absolute)
 * @param dbUrl JDBC URL of an external database, or {@code null} for the embedded default
 * @param dbUser user of the external database, or {@code null}
 * @param dbPassword password of the external database, or {@code null}
 * @param demo whether the WAR loads the demo organisation and its logins
 * @param demoPassword the password of every demo login
 */
record Settings(
    int httpPort,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    boolean demo,
    String demoPassword) {

  static final int DEFAULT_HTTP_PORT = 8080;
  static final String DEFAULT_DATA_DIR = "data";
  static final String DEFAULT_DEMO_PASSWORD = "tegn-demo";

  static Settings fromEnvironment(Map<String, String> env) {
    int httpPort = port(value(env, "TEGN_HTTP_PORT"));
    String dataDirValue = value(env, "TEGN_DATA_DIR");
    Path dataDir =
        Path.of(dataDirValue == null ? DEFAULT_DATA_DIR : dataDirValue)
            .toAbsolutePath()
            .normalize();

    String url = value(env, "TEGN_DB_URL");
    String user = value(env, "TEGN_DB_USER");
    String password = value(env, "TEGN_DB_PASSWORD");
    boolean external = url != null || user != null || password != null;
    if (external) {
      List<String> missing = new ArrayList<>();
      if (url == null) {
        missing.add("TEGN_DB_URL");
      }
      if (user == null) {
        missing.add("TEGN_DB_USER");
      }
      if (password == null) {
        missing.add("TEGN_DB_PASSWORD");
      }
      if (!missing.isEmpty()) {
        throw new LaunchException(
            "An external database needs TEGN_DB_URL, TEGN_DB_USER and TEGN_DB_PASSWORD;"
                + " missing: "
                + String.join(", ", missing)
                + ". Unset all three to use the embedded database.");
      }
    }

    String demoValue = value(env, "TEGN_DEMO");
    boolean demo = demoValue == null ? !external : bool("TEGN_DEMO", demoValue);
    String demoPassword = value(env, "TEGN_DEMO_PASSWORD");
    return new Settings(
        httpPort,
        dataDir,
        url,
        user,
        password,
        demo,
        demoPassword == null ? DEFAULT_DEMO_PASSWORD : demoPassword);
  }

  boolean embedded() {
    return dbUrl == null;
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  private static int port(String value) {
    if (value == null) {
      return DEFAULT_HTTP_PORT;
    }
    try {
      int p = Integer.parseInt(value.strip());
      if (p >= 1 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // falls through to the same message as an out-of-range number
    }
    throw new LaunchException(
        "TEGN_HTTP_PORT must be a port number from 1 to 65535, not '" + value + "'.");
  }

  private static boolean bool(String name, String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new LaunchException(name + " must be true or false, not '" + value + "'.");
    }
  }
}
