package dk.tegn.web.testing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.openqa.selenium.By;

/**
 * A learner working through a course in the player as a person would: every open item visited, a
 * scenario revealed, a branching scenario played to an ending (its first choice each time), each
 * item marked done, and again for the module that this opens, until nothing new opens.
 */
public final class CourseWalk {

  private CourseWalk() {}

  /** Walks from the player page the browser shows. */
  public static void completeOpenItems(Browser b) {
    completeOpenItems(b, title -> {});
  }

  /**
   * As {@link #completeOpenItems(Browser)}, telling {@code onItem} each item's title on arrival.
   */
  public static void completeOpenItems(Browser b, Consumer<String> onItem) {
    Set<String> visited = new HashSet<>();
    for (List<String> open = openItems(b); !visited.containsAll(open); open = openItems(b)) {
      for (String item : open) {
        if (visited.add(item)) {
          b.driver().get(item);
          onItem.accept(b.waitFor(By.id("item-title")).getText());
          playBranchesToAnEnding(b);
          for (String action : List.of("actions:reveal", "actions:mark-done")) {
            if (!b.driver().findElements(By.id(action)).isEmpty()) {
              b.submit(b.waitFor(By.id(action)));
            }
          }
        }
      }
    }
  }

  /** The items of the outline that are open (a locked item has no link). */
  private static List<String> openItems(Browser b) {
    b.waitFor(By.id("item-title"));
    return b.driver().findElements(By.cssSelector(".outline .items a")).stream()
        .map(a -> a.getAttribute("href"))
        .toList();
  }

  private static void playBranchesToAnEnding(Browser b) {
    By choice = By.cssSelector("button.branch-option");
    while (b.driver().findElements(By.cssSelector(".branch-ending")).isEmpty()
        && !b.driver().findElements(choice).isEmpty()) {
      b.submit(b.driver().findElement(choice));
    }
  }
}
