package dk.tegn.web.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real, packaged WAR (failsafe runs after package), so tests see what users get. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive tegn() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("tegn.test.war", "target/tegn.war")));
  }
}
