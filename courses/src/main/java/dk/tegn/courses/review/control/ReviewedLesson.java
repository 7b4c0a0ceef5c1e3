package dk.tegn.courses.review.control;

import dk.tegn.courses.review.entity.CitedSource;
import dk.tegn.courses.review.entity.Review;
import dk.tegn.courses.review.entity.SourceFlag;
import dk.tegn.i18n.LocalizedText;
import java.util.List;

/**
 * A lesson or scenario of a course's latest published version, with its review, the sources it
 * cites and why it is listed.
 *
 * @param review null when the lesson has never been reviewed
 * @param flags marks on sources it cites that are newer than its review
 */
public record ReviewedLesson(
    long courseId,
    LocalizedText courseTitle,
    int version,
    long itemKey,
    LocalizedText title,
    Review review,
    List<CitedSource> sources,
    State state,
    List<SourceFlag> flags) {

  /** Why a lesson is on the list, most urgent first. */
  public enum State {
    /** Its review is due on or before today. */
    OVERDUE,
    /** A source it cites was marked as changed after its review. */
    SOURCE_CHANGED,
    /** It has never been reviewed. */
    NOT_REVIEWED,
    /** Its review falls due within the warning period. */
    DUE_SOON,
    /** Reviewed and not due. */
    CURRENT
  }

  public boolean isListed() {
    return state != State.CURRENT;
  }

  /** Sources cited without a recorded check date. */
  public long uncheckedSources() {
    return sources.stream().filter(s -> s.checkedOn() == null).count();
  }
}
