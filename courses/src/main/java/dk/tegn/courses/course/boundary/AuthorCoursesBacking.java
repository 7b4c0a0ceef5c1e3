package dk.tegn.courses.course.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.entity.Course;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /courses/author/courses.xhtml: the trainer's courses and a form to start one. */
@Named
@RequestScoped
public class AuthorCoursesBacking {

  private static final int SHOWN = 200;

  @Inject CourseAuthoring authoring;
  @Inject CurrentCaller caller;

  private List<Course> courses;
  private String title;
  private String language;

  public List<Course> getCourses() {
    if (courses == null) {
      courses = authoring.myCourses(0, SHOWN);
    }
    return courses;
  }

  /** Starts the course in the trainer's own organisation, or the first they train in. */
  public String create() {
    long organisation =
        caller.hasRoleIn(Role.TRAINER, caller.organisationId())
            ? caller.organisationId()
            : caller.organisationsWith(Role.TRAINER).iterator().next();
    Course course =
        authoring.createCourse(
            organisation, language == null ? CoursesFaces.language() : language, title);
    return "/courses/author/course.xhtml?faces-redirect=true&id=" + course.getId();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getLanguage() {
    return language == null ? CoursesFaces.language() : language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
