package dk.tegn.courses.learning.boundary;

import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.content.boundary.CourseText;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.MyCourse;
import dk.tegn.courses.enrolment.entity.EnrolmentStatus;
import dk.tegn.courses.learning.control.Learning;
import dk.tegn.courses.learning.control.PlayerState;
import dk.tegn.courses.learning.control.WhatNext;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs the "What next" card of the trainee's home (/courses/learn/what-next.xhtml, included in "My
 * courses" and /home.xhtml): the course to continue and its next item, the overdue, the
 * certificates about to expire. "Continue" opens the player, which resumes where the trainee left
 * off.
 */
@Named
@RequestScoped
public class LearnWhatNextBacking {

  private static final int READ = 200;

  @Inject Enrolments enrolments;
  @Inject Learning learning;
  @Inject PlatformClock clock;
  @Inject CourseText text;

  private WhatNext whatNext;
  private String nextItem;

  public WhatNext getWhatNext() {
    if (whatNext == null) {
      whatNext = WhatNext.of(enrolments.mine(0, READ), clock.now());
    }
    return whatNext;
  }

  public MyCourse getNext() {
    return getWhatNext().next().orElse(null);
  }

  /** The title of the item the player resumes at, or "" when the course has none left open. */
  public String getNextItem() {
    if (nextItem == null) {
      MyCourse next = getNext();
      nextItem = "";
      if (next != null) {
        PlayerState state = learning.player(next.courseId());
        nextItem = state.course().item(state.currentKey()).map(i -> text.of(i.title())).orElse("");
      }
    }
    return nextItem;
  }

  /** "Continue" for a course begun, "Start" for one not. */
  public boolean isBegun() {
    MyCourse next = getNext();
    return next != null
        && (next.progressPercent() > 0 || next.status() == EnrolmentStatus.IN_PROGRESS);
  }

  /** When the next course is due, or since when it is overdue; "" without a due date. */
  public String getDue() {
    MyCourse next = getNext();
    if (next == null || next.dueOn() == null) {
      return "";
    }
    return format(
        next.status() == EnrolmentStatus.OVERDUE
            ? "courses_learn_what-next.overdueSince"
            : "courses_learn_what-next.due",
        text.date(next.dueOn()));
  }

  public String getOverdue() {
    return format("courses_learn_what-next.overdueCount", getWhatNext().overdue());
  }

  public String expires(MyCourse course) {
    return format(
        "courses_learn_what-next.expires", text.of(course.title()), text.date(course.expiresAt()));
  }

  private static String format(String key, Object... args) {
    return Messages.get(Messages.COURSES, CoursesFaces.locale(), key, args);
  }
}
