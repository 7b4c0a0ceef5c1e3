package dk.tegn.courses.learning.boundary;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.CoursesNavigation;
import dk.tegn.courses.certificate.boundary.MyCertificatesBacking;
import dk.tegn.courses.content.control.BranchScript;
import dk.tegn.courses.content.control.ReaderLanguage;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.learning.control.BranchPath;
import dk.tegn.courses.learning.control.Learning;
import dk.tegn.courses.learning.control.LockedItems;
import dk.tegn.courses.learning.control.PlayerState;
import dk.tegn.courses.scorm.control.ScormPlayer;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.courses.version.entity.PublishedModule;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs /courses/learn/player.xhtml?course=&item=. The position lives with the enrolment on the
 * server, so any device resumes at the same place. View scoped for the ids only: a postback
 * (reveal, mark as done) carries no view parameters, yet the page's rendered conditions are read
 * before any form value arrives. The player state is read once per request.
 *
 * <p>{@code peek=true} draws the copy of an item the trainee keeps to read offline ("Make this
 * course available offline", offline-course.js): the same page, checked as every visit is, but
 * nothing is recorded ({@link Learning#peek}) and the view is not kept in the session, so fetching
 * a course's lessons ahead neither reads them nor pushes out the views of the trainee's open pages.
 */
@Named
@ViewScoped
public class LearnPlayerBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String STATE = "courses.learn.player.state";
  private static final String SCORM = "courses.learn.player.scorm";
  private static final String BRANCH = "courses.learn.player.branch";
  private static final BranchPath NO_BRANCH = new BranchPath(List.of(), null);

  @Inject Learning learning;
  @Inject ReaderLanguage reader;
  @Inject ScormPlayer scormPlayer;
  @Inject VersionStore versions;

  private long course;
  private Long item;
  private String sco;
  private String lockedNotice;
  private boolean notEnrolled;
  private boolean peek;

  /**
   * On a GET: opens the asked item (or the resume position), which records it as opened. Without a
   * course (the language switch reloads the page without its parameters) the trainee goes to their
   * courses, where the course resumes at the same item.
   */
  public String load() {
    if (course == 0) {
      return CoursesNavigation.MY_COURSES + "?faces-redirect=true";
    }
    notEnrolled = !learning.isEnrolled(course);
    if (notEnrolled) {
      // a course address of someone not (or no longer) enrolled: the page says why and the way in
      return null;
    }
    PlayerState state;
    lockedNotice = null;
    if (peek) {
      FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
    }
    try {
      if (peek) {
        state = item == null ? learning.player(course) : learning.peek(course, item);
      } else {
        long key = item != null ? item : learning.launch(course).currentKey();
        state = key == 0 ? learning.player(course) : learning.open(course, key);
      }
    } catch (RuleViolationException refused) {
      state = learning.player(course);
      Optional<PublishedItem> asked = item == null ? Optional.empty() : state.course().item(item);
      if (asked.isPresent() && !state.progress().isOpen(asked.get())) {
        // a locked item reached by its address: say why on the page, not in a passing message
        lockedNotice =
            LockedItems.reason(
                state.course(), asked.get(), CoursesFaces.locale(), reader.organisationDefault());
      } else {
        CoursesFaces.error(null, refused);
      }
    }
    requestMap().put(STATE, state);
    item = state.currentKey() == 0 ? null : state.currentKey();
    return null;
  }

  /**
   * After a copy is drawn ({@code peek}) its view map goes too (the view's beans, this one
   * included): Faces keeps only so many of a session's view maps and would otherwise drop the
   * oldest, the trainee's open pages, once a course of many lessons is fetched ahead.
   */
  public void afterRender() {
    if (peek) {
      FacesContext.getCurrentInstance().getViewRoot().getViewMap().clear();
    }
  }

  /** Shows the explanation, then the item again by GET so a reload repeats nothing. */
  public String reveal() {
    learning.reveal(course, currentItem());
    return itemPage();
  }

  public String markDone() {
    learning.markDone(course, currentItem());
    return itemPage();
  }

  private long currentItem() {
    if (item == null) {
      item = getState().currentKey();
    }
    return item;
  }

  private String itemPage() {
    return "/courses/learn/player.xhtml?faces-redirect=true&course=" + course + "&item=" + item;
  }

  /**
   * The trainee's way through the current scenario's branches in the language shown, or null for a
   * lesson or a plain scenario.
   */
  public BranchPath getBranchPath() {
    PublishedItem i = getCurrent();
    if (i == null || i.kind() != ItemKind.SCENARIO) {
      return null;
    }
    return (BranchPath)
        requestMap()
            .computeIfAbsent(
                BRANCH,
                k -> {
                  String shown =
                      i.text(dk.tegn.courses.course.entity.TextField.QUESTION)
                          .resolve(CoursesFaces.language(), reader.organisationDefault());
                  BranchScript.Branch branch = BranchScript.of(shown);
                  if (branch == null) {
                    branch = Learning.branchOf(i);
                  }
                  return branch == null
                      ? NO_BRANCH
                      : BranchPath.replay(branch, learning.branchPath(course, i.key()));
                });
  }

  public boolean isBranching() {
    return getBranchPath() != NO_BRANCH && getBranchPath() != null;
  }

  /** Takes a choice at the current step, then shows the item again by GET. */
  public String choose(int index) {
    try {
      learning.choose(course, currentItem(), index);
    } catch (RuleViolationException refused) {
      CoursesFaces.error(null, refused);
    }
    return itemPage();
  }

  public String restartBranch() {
    learning.restartBranch(course, currentItem());
    return itemPage();
  }

  /** Why the trainer asks for the course again (a later version changed a graded fact), or null. */
  public String getRecompletionReason() {
    PlayerState state = getState();
    return state.status().name().equals("DUE_AGAIN")
        ? versions.recompletionReason(course, state.versionNumber())
        : null;
  }

  public String startAgain() {
    learning.startAgain(course);
    return "/courses/learn/player.xhtml?faces-redirect=true&course=" + course;
  }

  public PlayerState getState() {
    return (PlayerState) requestMap().computeIfAbsent(STATE, k -> learning.player(course));
  }

  private static Map<String, Object> requestMap() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }

  public Optional<PublishedItem> current() {
    return getState().course().item(getState().currentKey());
  }

  public PublishedItem getCurrent() {
    return current().orElse(null);
  }

  public PublishedModule getCurrentModule() {
    return getState().course().moduleOf(getState().currentKey()).orElse(null);
  }

  public PublishedItem getPrevious() {
    return neighbour(-1);
  }

  public PublishedItem getNext() {
    return neighbour(1);
  }

  private PublishedItem neighbour(int step) {
    List<PublishedItem> items = getState().course().items();
    int index = items.indexOf(getCurrent()) + step;
    return index >= 0 && index < items.size() ? items.get(index) : null;
  }

  public boolean isDone(PublishedItem i) {
    return getState().progress().isDone(i.key());
  }

  public boolean isOpen(PublishedItem i) {
    return getState().progress().isOpen(i);
  }

  public boolean isModuleOpen(PublishedModule m) {
    return getState().progress().isOpen(m);
  }

  public boolean isModuleComplete(PublishedModule m) {
    return getState().progress().isComplete(m);
  }

  public boolean isRevealed() {
    return getState().revealed().contains(getState().currentKey());
  }

  /** A lesson or scenario the trainer wants marked, opened but not yet done. */
  public boolean isMarkable() {
    PublishedItem i = getCurrent();
    return i != null
        && i.kind() != ItemKind.QUIZ
        && i.kind() != ItemKind.SCORM
        && i.markDoneRequired()
        && !isDone(i);
  }

  public Integer getBestScore() {
    return getState().bestScores().get(getState().currentKey());
  }

  /**
   * The attempt page of assessments, which returns here when the attempt is graded. The course is
   * the attempt's context: another course holding the same quiz counts its own attempts.
   */
  public String getQuizUrl() {
    PublishedItem i = getCurrent();
    String back =
        "/courses/learn/player.xhtml?course=" + course + "&item=" + getState().currentKey();
    return CoursesFaces.contextPath()
        + "/assessments/take/quiz.xhtml?id="
        + i.quizId()
        + "&context="
        + course
        + "&return="
        + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  public String getCertificateUrl() {
    return MyCertificatesBacking.pdfUrl(getState().enrolmentId());
  }

  public String getBadgeUrl() {
    return CoursesFaces.contextPath()
        + "/courses/learn/badge?enrolment="
        + getState().enrolmentId();
  }

  /**
   * The SCO launched for this request when the current item is a SCORM package: the one asked for
   * by {@code sco}, else where the trainee is. Each view launches anew (a new launch code).
   */
  public ScormPlayer.Launch getScorm() {
    PublishedItem i = getCurrent();
    if (i == null || i.kind() != ItemKind.SCORM) {
      return null;
    }
    return (ScormPlayer.Launch)
        requestMap().computeIfAbsent(SCORM, k -> scormPlayer.launch(course, i.key(), sco));
  }

  /** The address the sandboxed frame loads: the launch file under the launch code. */
  public String getScormFrameUrl() {
    ScormPlayer.Launch l = getScorm();
    return CoursesFaces.contextPath()
        + "/courses/scorm/run/"
        + l.launchCode()
        + "/"
        + l.launchPath();
  }

  public String getScormCommitUrl() {
    return CoursesFaces.contextPath() + "/api/me/scorm/" + getScorm().launchCode() + "/commit";
  }

  /** The data the player's SCORM runtime starts from, as flattened JSON. */
  public String getScormCmi() {
    jakarta.json.JsonObjectBuilder json = dk.tegn.core.persistence.JsonP.JSON.createObjectBuilder();
    getScorm().cmi().forEach(json::add);
    return json.build().toString();
  }

  public boolean isNotEnrolled() {
    return notEnrolled;
  }

  /** Why the item asked for by its address is locked; null when it was not. */
  public String getLockedNotice() {
    return lockedNotice;
  }

  public long getCourse() {
    return course;
  }

  public void setCourse(long course) {
    this.course = course;
  }

  public Long getItem() {
    return item;
  }

  public void setItem(Long item) {
    this.item = item;
  }

  public boolean isPeek() {
    return peek;
  }

  public void setPeek(boolean peek) {
    this.peek = peek;
  }

  public String getSco() {
    return sco;
  }

  public void setSco(String sco) {
    this.sco = sco;
  }
}
