package dk.tegn.coordination.registration.boundary;

import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.enrolment.control.EnrolmentKeys;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.faces.LocaleBacking;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs /register/key.xhtml: a signed-in person enrols in a course with its enrolment key. */
@Named
@RequestScoped
public class RegisterKeyBacking {

  @Inject EnrolmentKeys keys;
  @Inject Assignments assignments;
  @Inject CurrentCaller caller;
  @Inject FacesMessages messages;
  @Inject LocaleBacking locale;

  private String key;
  private String enrolledIn;

  public void enrol() {
    try {
      long courseId = keys.enrol(key);
      enrolledIn = assignments.courseTitle(courseId, locale.getLanguage());
      messages.info(Messages.PLATFORM, "register_key.enrolled", enrolledIn);
      key = null;
    } catch (RuleViolationException rule) {
      messages.error("enrol:key", rule);
    }
  }

  public boolean isSignedIn() {
    return caller.isAuthenticated();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getEnrolledIn() {
    return enrolledIn;
  }
}
