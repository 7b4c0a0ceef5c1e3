package dk.tegn.courses.xapi.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stable Tegn URLs for activities, and the name-based ids of statements and registrations, all
 * under Tegn's public address ({@code tegn.public.url}): they stay the same as long as it does.
 */
@ApplicationScoped
public class XapiAddresses {

  static final String COURSE = "http://adlnet.gov/expapi/activities/course";
  static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
  static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
  static final String QUESTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
  static final String CERTIFICATE = "http://activitystrea.ms/schema/1.0/badge";

  private String publicUrl = "http://localhost:8080/";

  public XapiAddresses() {}

  /** For tests. */
  public XapiAddresses(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  @PostConstruct
  void configure() {
    ConfigProvider.getConfig()
        .getOptionalValue("tegn.public.url", String.class)
        .filter(s -> !s.isBlank())
        .ifPresent(url -> publicUrl = url);
  }

  /** Tegn's public address without a trailing slash. */
  public String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  public String course(long courseId) {
    return base() + "/xapi/activities/courses/" + courseId;
  }

  public String item(long courseId, long itemKey) {
    return course(courseId) + "/items/" + itemKey;
  }

  public String certificate(long courseId) {
    return course(courseId) + "/certificate";
  }

  public String quiz(long quizId) {
    return base() + "/xapi/activities/quizzes/" + quizId;
  }

  public String question(long quizId, long questionId) {
    return quiz(quizId) + "/questions/" + questionId;
  }

  /** The registration of an enrolment: one UUID for everything a trainee does in it. */
  public UUID registration(long enrolmentId) {
    return Statements.nameBased(base(), "registration/enrolment/" + enrolmentId);
  }

  public UUID statementId(String eventKey) {
    return Statements.nameBased(base(), "statement/" + eventKey);
  }
}
