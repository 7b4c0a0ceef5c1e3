package dk.tegn.web.courses;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only door for {@link BadgeIT}: {@code it/badges?username=} has a demo trainee complete a new
 * small course through the real services and answers "enrolment course code".
 */
@WebServlet("/it/badges")
public class BadgeItServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient CourseItSupport support;
  @PersistenceContext transient EntityManager em;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String username = request.getParameter("username");
    long course = support.publishSmallCourse("Badge " + System.nanoTime());
    long enrolment = support.enrol(username, course);
    support.start(enrolment);
    support.passQuiz(username);
    String code =
        em.createQuery(
                "select c.code from Certificate c where c.enrolmentId = :enrolment", String.class)
            .setParameter("enrolment", enrolment)
            .getSingleResult();
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().print(enrolment + " " + course + " " + code);
  }
}
