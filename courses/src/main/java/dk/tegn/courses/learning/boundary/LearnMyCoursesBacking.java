package dk.tegn.courses.learning.boundary;

import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.courses.enrolment.control.MyCourse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /courses/learn/my-courses.xhtml: the trainee's home page. */
@Named
@RequestScoped
public class LearnMyCoursesBacking {

  private static final int SHOWN = 200;

  @Inject Enrolments enrolments;

  private List<MyCourse> courses;

  public List<MyCourse> getCourses() {
    if (courses == null) {
      courses = enrolments.mine(0, SHOWN);
    }
    return courses;
  }
}
