package dk.tegn.courses;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The courses module's menu entries and home pages: trainees land on "My courses". */
@ApplicationScoped
public class CoursesNavigation implements NavigationContribution {

  public static final String MY_COURSES = "/courses/learn/my-courses.xhtml";
  public static final String CATALOGUE = "/courses/learn/catalogue.xhtml";
  public static final String CERTIFICATES = "/courses/learn/certificates.xhtml";
  public static final String AUTHORING = "/courses/author/courses.xhtml";

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(Messages.COURSES, "courses_nav.myCourses", MY_COURSES, Role.TRAINEE, 10),
        new NavigationItem(Messages.COURSES, "courses_nav.catalogue", CATALOGUE, Role.TRAINEE, 11),
        new NavigationItem(
            Messages.COURSES, "courses_nav.certificates", CERTIFICATES, Role.TRAINEE, 12),
        new NavigationItem(Messages.COURSES, "courses_nav.authoring", AUTHORING, Role.TRAINER, 20));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of(new HomePage(Role.TRAINEE, MY_COURSES), new HomePage(Role.TRAINER, AUTHORING));
  }
}
