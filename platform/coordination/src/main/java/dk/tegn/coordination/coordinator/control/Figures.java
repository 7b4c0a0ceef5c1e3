package dk.tegn.coordination.coordinator.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Completion counts of one course (and cohort, when grouped by cohort). A class with getters, so
 * pages and JSON read it alike.
 */
public class Figures implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long cohortId;
  private final String cohort;
  private final long courseId;
  private final String course;
  private final long notStarted;
  private final long inProgress;
  private final long completed;
  private final long overdue;

  public Figures(
      Long cohortId,
      String cohort,
      long courseId,
      String course,
      long notStarted,
      long inProgress,
      long completed,
      long overdue) {
    this.cohortId = cohortId;
    this.cohort = cohort;
    this.courseId = courseId;
    this.course = course;
    this.notStarted = notStarted;
    this.inProgress = inProgress;
    this.completed = completed;
    this.overdue = overdue;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public String getCohort() {
    return cohort;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getCourse() {
    return course;
  }

  public long getNotStarted() {
    return notStarted;
  }

  public long getInProgress() {
    return inProgress;
  }

  public long getCompleted() {
    return completed;
  }

  public long getOverdue() {
    return overdue;
  }

  public long getTotal() {
    return notStarted + inProgress + completed + overdue;
  }

  /** Whole per cent completed, rounded down (0 when nobody is enrolled). */
  public int getPercentCompleted() {
    long total = getTotal();
    return total == 0 ? 0 : (int) (completed * 100 / total);
  }

  /** Completions on one day. */
  public static class Day implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LocalDate day;
    private final long completed;

    public Day(LocalDate day, long completed) {
      this.day = day;
      this.completed = completed;
    }

    public LocalDate getDay() {
      return day;
    }

    public long getCompleted() {
      return completed;
    }
  }

  /** Graded quiz attempts of a course's quizzes by the people in scope. */
  public static class Quiz implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long courseId;
    private final String course;
    private final long attempts;
    private final long passed;
    private final double averageScore;

    public Quiz(long courseId, String course, long attempts, long passed, double averageScore) {
      this.courseId = courseId;
      this.course = course;
      this.attempts = attempts;
      this.passed = passed;
      this.averageScore = averageScore;
    }

    public long getCourseId() {
      return courseId;
    }

    public String getCourse() {
      return course;
    }

    public long getAttempts() {
      return attempts;
    }

    public long getPassed() {
      return passed;
    }

    public int getPassRate() {
      return attempts == 0 ? 0 : (int) (passed * 100 / attempts);
    }

    public double getAverageScore() {
      return Math.round(averageScore * 10) / 10.0;
    }
  }

  /** Certificates expiring within 30, 60 and 90 days. */
  public static class Expiring implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long within30;
    private final long within60;
    private final long within90;

    public Expiring(long within30, long within60, long within90) {
      this.within30 = within30;
      this.within60 = within60;
      this.within90 = within90;
    }

    public long getWithin30() {
      return within30;
    }

    public long getWithin60() {
      return within60;
    }

    public long getWithin90() {
      return within90;
    }
  }

  /** A person's enrolment in a list (overdue, expiring). */
  public static class Person implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long enrolmentId;
    private final String name;
    private final String email;
    private final String organisation;
    private final String course;
    private final LocalDate date;
    private final LocalDate lastReminded;

    public Person(
        long enrolmentId,
        String name,
        String email,
        String organisation,
        String course,
        LocalDate date,
        LocalDate lastReminded) {
      this.enrolmentId = enrolmentId;
      this.name = name;
      this.email = email;
      this.organisation = organisation;
      this.course = course;
      this.date = date;
      this.lastReminded = lastReminded;
    }

    public long getEnrolmentId() {
      return enrolmentId;
    }

    public String getName() {
      return name;
    }

    public String getEmail() {
      return email;
    }

    public String getOrganisation() {
      return organisation;
    }

    public String getCourse() {
      return course;
    }

    public LocalDate getDate() {
      return date;
    }

    public LocalDate getLastReminded() {
      return lastReminded;
    }
  }
}
