package dk.tegn.web.courses;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only HTTP door to {@link CourseItSupport}: {@code it/courses?action=pinning} runs the
 * pinning and completion scenario and answers what it saw; {@code action=enrol} enrols a demo
 * account (enrolment methods are not this module's, so the browser test enrols through here);
 * {@code action=trainee&username=} makes a trainee enrolled in a new small course (a second lesson
 * with a picture) and answers its id; {@code action=openCourse} publishes a small course open for
 * self-enrolment and answers its id.
 */
@WebServlet("/it/courses")
public class CourseItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CourseItSupport support;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    if ("openCourse".equals(request.getParameter("action"))) {
      response.getWriter().print(support.publishOpenCourse("Open " + System.nanoTime()));
      return;
    }
    if ("trainee".equals(request.getParameter("action"))) {
      response.getWriter().print(support.traineeInSmallCourse(request.getParameter("username")));
      return;
    }
    if ("enrol".equals(request.getParameter("action"))) {
      long course = Long.parseLong(request.getParameter("course"));
      response.getWriter().print(support.enrol(request.getParameter("username"), course));
      return;
    }
    long course = support.publishSmallCourse("Pinning " + System.nanoTime());
    long started = support.enrol("cadet10", course);
    long waiting = support.enrol("cadet11", course);
    support.start(started);
    int second = support.republishWithNewLessonText(course, false);
    int startedAfterV2 = support.version(started);
    int waitingAfterV2 = support.version(waiting);
    support.passQuiz("cadet10");
    support.passQuiz("cadet10");
    long events =
        support.completed().stream()
            .filter(e -> e.courseId() == course && e.enrolmentId() == started)
            .filter(e -> e.versionNumber() == 1)
            .count();
    int third = support.republishWithNewLessonText(course, true);
    response
        .getWriter()
        .print(
            "second="
                + second
                + " started="
                + startedAfterV2
                + " waiting="
                + waitingAfterV2
                + " completedEvents="
                + events
                + " third="
                + third
                + " completedAfterRestart="
                + support.version(started)
                + " waitingAfterRestart="
                + support.version(waiting));
  }
}
