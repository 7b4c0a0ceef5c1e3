package dk.tegn.courses.review.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.review.control.ReviewDesk;
import dk.tegn.courses.review.control.ReviewedLesson;
import dk.tegn.courses.review.control.SourceUse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs /courses/author/reviews.xhtml: the lessons of the trainer's published courses that are due
 * for review (overdue, due soon, never reviewed, or citing a source marked as changed), and every
 * cited source with its check date and a form to mark it as touched by a change of law.
 */
@Named
@RequestScoped
public class AuthorReviewsBacking {

  @Inject ReviewDesk desk;
  @Inject CurrentCaller caller;

  private List<ReviewedLesson> due;
  private List<SourceUse> sources;
  private String url;
  private String note;
  private List<ReviewedLesson> citing;

  public List<ReviewedLesson> getDue() {
    if (due == null) {
      due = desk.dueForReview();
    }
    return due;
  }

  public List<SourceUse> getSources() {
    if (sources == null) {
      sources = desk.sources();
    }
    return sources;
  }

  public LocalDate getToday() {
    return desk.today();
  }

  public int getWarningDays() {
    return ReviewDesk.WARNING_DAYS;
  }

  /** Marks the source in the trainer's own organisation (or the first they train in). */
  public String markChanged() {
    if (note == null || note.isBlank()) {
      CoursesFaces.message(
          "sources:note", FacesMessage.SEVERITY_ERROR, "courses_author_reviews.noteRequired");
      return null;
    }
    long organisation =
        caller.hasRoleIn(Role.TRAINER, caller.organisationId())
            ? caller.organisationId()
            : caller.organisationsWith(Role.TRAINER).iterator().next();
    citing = desk.markChanged(organisation, url, note);
    due = null;
    sources = null;
    CoursesFaces.message(
        null, FacesMessage.SEVERITY_INFO, "courses_author_reviews.marked", citing.size());
    return null;
  }

  public String unmark(long flagId) {
    try {
      desk.unmark(flagId);
    } catch (RecordNotFoundException gone) {
      // already taken back in another tab: the list below shows the state as it is
    }
    due = null;
    sources = null;
    return null;
  }

  /** The lessons citing the source just marked, shown under the form; null before a mark. */
  public List<ReviewedLesson> getCiting() {
    return citing;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
