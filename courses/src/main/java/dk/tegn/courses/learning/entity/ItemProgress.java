package dk.tegn.courses.learning.entity;

import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What a trainee has done with one item of their enrolment's version. The rule for "done": a lesson
 * when opened, a scenario when its explanation is revealed, either of them only when the trainee
 * marks it done if the trainer asked for that, and a quiz when an attempt passes. A grade is not
 * applied here but by courses' {@code Completion} in one upsert of the row (opened once, the best
 * score kept, done from the first pass on); an override's new grade is {@link #regraded}.
 */
@Entity
@Table(name = "crs_item_progress")
@NamedQuery(
    name = "ItemProgress.findByEnrolment",
    query = "select p from ItemProgress p where p.enrolmentId = :enrolmentId order by p.id")
@NamedQuery(
    name = "ItemProgress.listDoneKeys",
    query =
        "select p.itemKey from ItemProgress p where p.enrolmentId = :enrolmentId"
            + " and p.doneAt is not null")
@NamedQuery(
    name = "ItemProgress.findByEnrolmentAndItem",
    query =
        "select p from ItemProgress p where p.enrolmentId = :enrolmentId and p.itemKey = :itemKey")
public class ItemProgress {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false)
  private long enrolmentId;

  @Column(name = "item_key", nullable = false)
  private long itemKey;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "revealed_at")
  private Instant revealedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "best_score")
  private Integer bestScore;

  /** The choices made in a branching scenario: {@code step:choice,step:choice}; null: none yet. */
  @Column(name = "branch_path")
  private String branchPath;

  @Version private long version;

  static final int MAX_PATH = 1000;

  protected ItemProgress() {}

  public ItemProgress(long enrolmentId, long itemKey) {
    this.enrolmentId = enrolmentId;
    this.itemKey = itemKey;
  }

  public void open(PublishedItem item, Instant now) {
    requireItem(item);
    if (openedAt == null) {
      openedAt = now;
    }
    if (item.kind() == ItemKind.LESSON && !item.markDoneRequired()) {
      done(now);
    }
  }

  public void reveal(PublishedItem item, Instant now) {
    requireItem(item);
    if (item.kind() != ItemKind.SCENARIO) {
      throw new IllegalStateException("only a scenario has an explanation to reveal");
    }
    open(item, now);
    if (revealedAt == null) {
      revealedAt = now;
    }
    if (!item.markDoneRequired()) {
      done(now);
    }
  }

  /** The trainee says they are done with a lesson or scenario they have opened. */
  public void markDone(PublishedItem item, Instant now) {
    requireItem(item);
    if (item.kind() == ItemKind.QUIZ || item.kind() == ItemKind.SCORM) {
      throw new IllegalStateException("a quiz or SCORM package is done by its own results");
    }
    if (openedAt == null) {
      throw new IllegalStateException("open the item before marking it done");
    }
    done(now);
  }

  /**
   * Records a choice in a branching scenario (the caller has checked it against the script); an
   * ending reached reveals the explanation, which makes the scenario done.
   */
  public void choose(
      PublishedItem item, String step, int choice, boolean endingReached, Instant now) {
    requireItem(item);
    if (item.kind() != ItemKind.SCENARIO) {
      throw new IllegalStateException("only a scenario branches");
    }
    String taken = step + ":" + choice;
    String path = branchPath == null ? taken : branchPath + "," + taken;
    if (path.length() > MAX_PATH) {
      throw new IllegalStateException("the path is too long; start the scenario again");
    }
    open(item, now);
    branchPath = path;
    if (endingReached) {
      reveal(item, now);
    }
  }

  /** Starts the branching scenario again from its first step; what is done stays done. */
  public void restartBranch() {
    branchPath = null;
  }

  public String getBranchPath() {
    return branchPath;
  }

  /**
   * A coordinator's override changed the quiz's grade: the score is that grade now, lower as well
   * as higher (the override replaces the attempt's grade, it is not a new attempt). While the
   * course is open the quiz is done exactly when the grade passes; a completed course keeps what it
   * had.
   */
  public void regraded(
      PublishedItem item, int grade, boolean passes, boolean courseCompleted, Instant now) {
    requireItem(item);
    if (item.kind() != ItemKind.QUIZ) {
      throw new IllegalStateException("only a quiz item is graded");
    }
    bestScore = grade;
    if (courseCompleted) {
      return;
    }
    if (passes) {
      if (openedAt == null) {
        openedAt = now;
      }
      done(now);
    } else {
      doneAt = null;
    }
  }

  /**
   * What a SCORM package's SCOs reported: done once every SCO is passed or completed (and then for
   * good, like a passed quiz); the score is the package's latest, kept when it is the best.
   */
  public void scormReported(
      PublishedItem item, boolean allDone, Integer scorePercent, Instant now) {
    requireItem(item);
    if (item.kind() != ItemKind.SCORM) {
      throw new IllegalStateException("only a SCORM item reports SCORM results");
    }
    if (openedAt == null) {
      openedAt = now;
    }
    if (scorePercent != null) {
      bestScore = bestScore == null ? scorePercent : Math.max(bestScore, scorePercent);
    }
    if (allDone) {
      done(now);
    }
  }

  private void done(Instant now) {
    if (doneAt == null) {
      doneAt = now;
    }
  }

  private void requireItem(PublishedItem item) {
    if (item.key() != itemKey) {
      throw new IllegalArgumentException("progress of item " + itemKey + ", not " + item.key());
    }
  }

  public boolean isDone() {
    return doneAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public long getItemKey() {
    return itemKey;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getRevealedAt() {
    return revealedAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public Integer getBestScore() {
    return bestScore;
  }
}
