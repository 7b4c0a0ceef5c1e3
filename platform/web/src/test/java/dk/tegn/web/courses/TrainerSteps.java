package dk.tegn.web.courses;

import dk.tegn.web.testing.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a trainer does in the browser before the part a journey is about. */
final class TrainerSteps {

  private TrainerSteps() {}

  /** Creates a course with one module and leaves it open on the course page: the course's id. */
  static String newCourse(Browser trainer, String title, String module) {
    trainer.open("courses/author/courses.xhtml");
    trainer.type("create:title", title);
    trainer.click("create:create-course");
    trainer.waitFor(By.id("modules:new-module"));
    String courseId = trainer.driver().getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");
    trainer.type("modules:new-module", module);
    trainer.click("modules:add-module");
    trainer
        .wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("modules"), module));
    return courseId;
  }

  /** Adds an item of the given kind (a lesson when null) and waits for its editor. */
  static void addItem(Browser trainer, String title, String kindLabel) {
    trainer.type("items:new-item", title);
    if (kindLabel != null) {
      trainer.choose("items:new-kind", kindLabel);
    }
    trainer.click("items:add-item");
    trainer
        .wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.attributeToBe(By.id("edit:fields:0:line"), "value", title));
  }

  /** Publishes the open course's draft as its first version. */
  static void publishFirstVersion(Browser trainer) {
    trainer.click("versions");
    trainer.click("publish:publish-version");
    trainer
        .wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "1"));
  }
}
