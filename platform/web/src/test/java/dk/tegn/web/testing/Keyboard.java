package dk.tegn.web.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Someone who uses only the keyboard (Tab, Shift-Tab, Enter, Space, the arrows): every stop of the
 * focus is checked as it is reached, for a name a screen reader can say and for a focus that is
 * seen (the computed outline or box-shadow of the focused element, or of the box PrimeFaces draws
 * for a visually hidden radio, checkbox or menu input, is neither none nor transparent). What is
 * wrong is collected in {@link #problems()}, so one run lists every defect of a page.
 */
public final class Keyboard {

  /**
   * Null when the focus is seen, else why not. PrimeFaces keeps the real input of a radio, checkbox
   * or menu visually hidden and marks the box it draws with ui-state-focus.
   */
  private static final String FOCUS_SEEN =
      "var el = arguments[0], box = el;"
          + "if (el.closest('.ui-helper-hidden-accessible')) {"
          + "  var w = el.closest('.ui-radiobutton, .ui-chkbox, .ui-selectonemenu, .ui-selectcheckboxmenu');"
          + "  box = !w ? null : w.classList.contains('ui-state-focus') ? w : w.querySelector('.ui-state-focus');"
          + "  if (!box) { return 'no drawn box shows the focus'; }"
          + "}"
          + "var r = box.getBoundingClientRect();"
          + "if (r.width === 0 || r.height === 0) { return 'the focus is on something not drawn'; }"
          + "var s = getComputedStyle(box);"
          + "var clear = function (c) { return !c || c === 'transparent' || /rgba\\([^)]*,\\s*0\\)$/.test(c); };"
          + "var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0"
          + "  && !clear(s.outlineColor);"
          + "var shadow = s.boxShadow && s.boxShadow !== 'none' && !/^rgba\\(0, 0, 0, 0\\)/.test(s.boxShadow);"
          + "return outline || shadow ? null : 'no visible focus (outline ' + s.outlineStyle + ' '"
          + "  + s.outlineWidth + ' ' + s.outlineColor + ', box-shadow ' + s.boxShadow + ')';";

  /**
   * What identifies a control for "was it reached": a radio group by its name (Tab enters the group
   * once, the arrows move within it), anything else by its id or its tag and text.
   */
  private static final String KEY =
      "function key(el) {"
          + "  if (el.type === 'radio') { return 'radio ' + el.name; }"
          + "  return el.id ? el.id : el.tagName.toLowerCase() + ' ' + (el.textContent || '').trim();"
          + "}";

  /** The controls of main a keyboard must reach: shown, enabled, not taken out of the order. */
  private static final String CONTROLS =
      KEY
          + "var shown = function (el) {"
          + "  var hidden = el.closest('.ui-helper-hidden-accessible');"
          + "  var drawn = hidden ? hidden.parentElement : el;"
          + "  return drawn.getClientRects().length > 0 && getComputedStyle(drawn).visibility !== 'hidden';"
          + "};"
          + "return Array.from(document.querySelectorAll('main a[href], main button, main input,"
          + " main select, main textarea, main [tabindex]'))"
          + ".filter(function (el) { return !el.disabled && el.type !== 'hidden'"
          + "  && el.getAttribute('tabindex') !== '-1' && !el.closest('[hidden]') && shown(el); })"
          + ".map(key).filter(function (k, i, all) { return all.indexOf(k) === i; });";

  private final Browser browser;
  private final WebDriver driver;
  private final List<String> problems = new ArrayList<>();

  public Keyboard(Browser browser) {
    this.browser = browser;
    this.driver = browser.driver();
  }

  /** Presses keys on whatever has the focus. */
  public Keyboard press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** The focused element's id, or "" (for comparing before and after an update). */
  public String focusedId() {
    return String.valueOf(focused().getAttribute("id"));
  }

  /**
   * Presses Tab (or Shift-Tab) until the focused element is {@code target}, checking every stop on
   * the way; fails after {@code max} presses.
   */
  public WebElement tabTo(String what, Predicate<WebElement> target, boolean backwards, int max) {
    for (int i = 0; i < max; i++) {
      press(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
      WebElement now = focused();
      check(what);
      if (target.test(now)) {
        return now;
      }
    }
    throw new AssertionError(
        "not reached with " + max + " presses of Tab: " + what + " (focus on " + describe() + ")");
  }

  /** Tabs forward to the element with this id. */
  public WebElement tabTo(String id) {
    return tabTo(id, e -> id.equals(e.getAttribute("id")), false, 120);
  }

  /** Tabs forward to the control with this id and presses Enter on it (a button or a link). */
  public void activate(String id) {
    tabTo(id);
    press(Keys.ENTER);
  }

  /**
   * Walks the whole page with Tab from its top, checking every stop, and notes every control of
   * main that was never reached.
   */
  @SuppressWarnings("unchecked")
  public void walkPage(String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    Set<String> reached = new LinkedHashSet<>();
    String first = null;
    for (int i = 0; i < 250; i++) {
      press(Keys.TAB);
      WebElement now = focused();
      if ("body".equals(now.getTagName())) {
        break; // past the last control of the page
      }
      String key = (String) js.executeScript(KEY + "return key(arguments[0]);", now);
      if (key.equals(first)) {
        break; // round again
      }
      if (first == null) {
        first = key;
      }
      check(page);
      reached.add(key);
    }
    List<String> controls = (List<String>) js.executeScript(CONTROLS);
    System.out.println(
        "keyboard: "
            + page
            + ": "
            + reached.size()
            + " stops checked, "
            + controls.size()
            + " controls in main");
    for (String control : controls) {
      if (!reached.contains(control)) {
        problems.add(page + ": never reached with Tab: " + control);
      }
    }
  }

  /** Checks the focused element: a name, and a focus that is seen. */
  public void check(String where) {
    WebElement now = focused();
    String name = now.getAccessibleName();
    if (name == null || name.isBlank()) {
      problems.add(where + ": no accessible name: " + describe());
    }
    Object unseen = ((JavascriptExecutor) driver).executeScript(FOCUS_SEEN, now);
    if (unseen != null) {
      problems.add(where + ": " + unseen + ": " + describe());
    }
  }

  /**
   * Waits until {@code done} and then checks that the focus is still on the element that had it (an
   * ajax update must not throw it to the top of the page).
   */
  public void focusStaysWhile(String what, Predicate<WebDriver> done) {
    String before = focusedId();
    // done, and no PrimeFaces request left (a second save may still be on its way when the status
    // already says "saved" from the first)
    browser
        .wait(Duration.ofSeconds(30))
        .until(
            d ->
                done.test(d)
                    && Boolean.TRUE.equals(
                        ((JavascriptExecutor) d)
                            .executeScript(
                                "return !window.PrimeFaces || !PrimeFaces.ajax"
                                    + " || PrimeFaces.ajax.Queue.isEmpty();")));
    String after = focusedId();
    if (!before.equals(after)) {
      problems.add(what + ": the focus moved from " + before + " to " + describe());
    }
  }

  /** The focused element in a line: tag, id, name. */
  public String describe() {
    WebElement now = focused();
    return now.getTagName() + "#" + now.getAttribute("id") + " \"" + now.getAccessibleName() + "\"";
  }

  public List<String> problems() {
    return problems;
  }
}
