package dk.tegn.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Selenium, with the driver and binary named explicitly so
 * Selenium Manager never goes to the network. One per test class; {@link #close} quits it.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final URL base;

  /** The documents whose load time was taken (by their time origin) and the times, in ms. */
  private final Set<Object> timedDocuments = new HashSet<>();

  private final List<Long> pageTimes = new ArrayList<>();

  public Browser(URL base) {
    this(base, "en");
  }

  public Browser(URL base, String acceptLanguage) {
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + acceptLanguage);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  /** Keeps a picture of the window as {@code folder/name-<width>.png} (test output). */
  public void screenshot(Path folder, String name) throws IOException {
    Files.createDirectories(folder);
    int width = driver.manage().window().getSize().getWidth();
    Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        file, folder.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  public Browser open(String path) {
    driver.get(base.toString() + path.replaceFirst("^/", ""));
    return this;
  }

  public Browser signIn(String username, String password) {
    open("login.xhtml");
    type("login:username", username);
    type("login:password", password);
    WebElement submit = waitFor(By.id("login:submit"));
    submit.click();
    // the answer is a new page: reading before it came would find the old form (and its message)
    wait(Duration.ofSeconds(60)).until(d -> gone(submit));
    return this;
  }

  /**
   * Whether the page that showed {@code element} has gone. Chromium answers for a removed node
   * either as stale or with an inspector error that Selenium does not map to stale.
   */
  static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException removed) {
      return true;
    } catch (WebDriverException e) {
      if (detached(e)) {
        return true;
      }
      throw e;
    }
  }

  /** Waits until the page that showed {@code element} has been replaced (see {@link #gone}). */
  public void waitUntilGone(WebElement element, Duration timeout) {
    wait(timeout).until(d -> gone(element));
  }

  /** Clicks {@code element} and waits until its page has been replaced. */
  public void clickAndLeave(WebElement element) {
    element.click();
    waitUntilGone(element, Duration.ofSeconds(60));
  }

  /** Clicks {@code element}, waits for the next page and its main content. */
  public void submit(WebElement element) {
    clickAndLeave(element);
    waitFor(By.tagName("main"));
  }

  /** As {@link #submit(WebElement)}, the element with {@code id} once shown. */
  public void submit(String id) {
    submit(waitFor(By.id(id)));
  }

  /** Chromium's answer, mid-navigation, for a node of the page that has gone. */
  private static boolean detached(WebDriverException e) {
    return String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  /** Fetches {@code url} with this browser's cookies (its session), as bytes. */
  public HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  public void signOut() {
    click("account:logout");
    waitFor(By.id("login:username"));
  }

  public void type(String id, String text) {
    WebElement field = waitFor(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  public void click(String id) {
    wait(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  public WebElement waitFor(By by) {
    return wait(Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                WebElement found = d.findElement(by);
                if (found.isDisplayed()) {
                  notePageTime();
                  return found;
                }
                return null;
              } catch (NoSuchElementException | StaleElementReferenceException notYet) {
                return null;
              } catch (WebDriverException e) {
                if (detached(e)) {
                  return null; // found on the page that was just leaving: look again
                }
                throw e;
              }
            });
  }

  /**
   * Takes the growl's messages off the page, so the next one read is the answer to what follows.
   */
  public void clearGrowl() {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "document.querySelectorAll('.ui-growl-item-container').forEach(e => e.remove())");
  }

  /**
   * Waits until the element with {@code id} shows {@code text}; ajax and navigation replace it
   * meanwhile.
   */
  public void waitForText(String id, String text) {
    wait(Duration.ofSeconds(30)).until(d -> textOf(By.id(id)).contains(text));
  }

  /** The element's text, or "" while it is missing or being replaced by an update or a new page. */
  public String textOf(By by) {
    try {
      return driver.findElement(by).getText();
    } catch (NoSuchElementException | StaleElementReferenceException notYet) {
      return "";
    } catch (WebDriverException e) {
      if (detached(e)) {
        return "";
      }
      throw e;
    }
  }

  public String heading() {
    return waitFor(By.tagName("h1")).getText().trim();
  }

  public String path() {
    String url = driver.getCurrentUrl();
    return url.substring(base.toString().length() - 1).replaceFirst("[?#].*$", "");
  }

  /** A wait that looks again when an ajax update replaced the element it was reading. */
  public WebDriverWait wait(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Picks the option of a PrimeFaces select menu whose label contains {@code labelPart}. */
  public void choose(String menu, String labelPart) {
    By option =
        By.cssSelector(
            "#" + menu.replace(":", "\\:") + "_panel li[data-label*='" + labelPart + "']");
    // the panel slides open: a click during the animation can miss, so click until it took
    wait(Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              if (d.findElement(By.id(menu + "_label")).getText().contains(labelPart)) {
                return true;
              }
              if (d.findElement(By.id(menu + "_panel")).isDisplayed()) {
                d.findElement(option).click();
              } else {
                d.findElement(By.id(menu)).click();
              }
              return false;
            });
    wait(Duration.ofSeconds(10))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id(menu + "_panel")));
  }

  /**
   * Serious and critical axe-core violations of the current page, one line each; also text in the
   * colour of its own background, which axe leaves "incomplete" (a 1:1 ratio may be deliberate)
   * rather than failing, and which hid the text of the course buttons.
   */
  @SuppressWarnings("unchecked")
  public List<String> seriousAccessibilityViolations() throws IOException {
    String axe;
    try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return (List<String>)
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.nodes.map(n => n.target.join(' '))"
                + ".join(', ')).concat(r.incomplete.filter(v => v.id === 'color-contrast')"
                + ".flatMap(v => v.nodes).filter(n => n.any.some(c => c.data"
                + " && c.data.messageKey === 'equalRatio'))"
                + ".map(n => 'serious invisible-text: ' + n.target.join(' ')))))"
                + ".catch(e => done(['axe failed: ' + e]));");
  }

  /**
   * Takes the load time of the document shown, once per document: from Navigation Timing, the
   * request's start to the end of the load event. A page still loading is taken on a later look.
   */
  private void notePageTime() {
    try {
      Object timing =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "const n = performance.getEntriesByType('navigation')[0];"
                      + "return n && n.loadEventEnd > 0"
                      + " ? [String(performance.timeOrigin), Math.round(n.loadEventEnd - n.startTime),"
                      + " location.pathname] : null;");
      if (timing instanceof List<?> t && timedDocuments.add(t.get(0))) {
        long millis = ((Number) t.get(1)).longValue();
        pageTimes.add(millis);
        PageTimes.record(String.valueOf(t.get(2)), millis);
      }
    } catch (WebDriverException notNow) {
      // the page is being replaced: its successor is timed on the next look
    }
  }

  @Override
  public void close() {
    if (!pageTimes.isEmpty()) {
      System.out.println(PageTimes.summary(pageTimes));
    }
    driver.quit();
  }
}
