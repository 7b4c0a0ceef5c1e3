package dk.tegn.web.testing;

import java.net.URL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One browser for all tests of a class, because starting Chromium costs seconds: opened on first
 * use (the deployment's URL is known only inside a test), with no one signed in at each use, quit
 * after the class. {@code @RegisterExtension static final SharedBrowser BROWSER = new
 * SharedBrowser("en");}
 */
public final class SharedBrowser implements AfterAllCallback {

  private final String language;
  private Browser browser;

  public SharedBrowser(String language) {
    this.language = language;
  }

  /** The class's browser on {@code base}, its cookies (and so any sign-in) forgotten. */
  public Browser at(URL base) {
    if (browser == null) {
      browser = new Browser(base, language);
    }
    browser.driver().manage().deleteAllCookies();
    return browser;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
