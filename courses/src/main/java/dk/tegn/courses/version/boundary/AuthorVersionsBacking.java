package dk.tegn.courses.version.boundary;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.content.boundary.CourseText;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.version.control.Publishing;
import dk.tegn.courses.version.entity.Change;
import dk.tegn.courses.version.entity.CourseVersion;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.VersionDiff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs /courses/author/versions.xhtml?id=: what would change if the draft were published now,
 * publishing (optionally making everyone restart), and the history of versions.
 */
@Named
@RequestScoped
public class AuthorVersionsBacking {

  private static final int SHOWN = 100;

  @Inject Publishing publishing;
  @Inject CourseAuthoring authoring;
  @Inject CourseText courseText;

  private long id;
  private String note;
  private boolean everyoneRestarts;
  private List<CourseVersion> history;

  public String publish() {
    try {
      CourseVersion version = publishing.publish(id, note, everyoneRestarts);
      CoursesFaces.info("courses_author_versions.published", version.getNumber());
      return "/courses/author/versions.xhtml?faces-redirect=true&id=" + id;
    } catch (RuleViolationException refused) {
      CoursesFaces.error("publish:note", refused);
      return null;
    }
  }

  public List<CourseVersion> getHistory() {
    if (history == null) {
      history = publishing.history(id, 0, SHOWN);
    }
    return history;
  }

  /** Changes of the draft against the latest version: what publishing now would bring. */
  public List<Change> getPending() {
    PublishedCourse draft = authoring.preview(id);
    List<CourseVersion> versions = getHistory();
    return VersionDiff.between(versions.isEmpty() ? null : versions.get(0).course(), draft);
  }

  public String getTitle() {
    return courseText.of(authoring.draft(id).getTitle());
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isEveryoneRestarts() {
    return everyoneRestarts;
  }

  public void setEveryoneRestarts(boolean everyoneRestarts) {
    this.everyoneRestarts = everyoneRestarts;
  }
}
