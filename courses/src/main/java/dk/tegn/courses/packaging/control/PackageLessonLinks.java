package dk.tegn.courses.packaging.control;

import dk.tegn.assessments.attempt.LessonLinks;
import dk.tegn.core.account.entity.Account;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.enrolment.entity.Enrolment;
import dk.tegn.courses.learning.control.LockedItems;
import dk.tegn.courses.version.control.VersionStore;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolves a bank question's "lesson" ("module/item", the keys of the course package that shipped
 * the bank) to that lesson in the course through which the learner takes the quiz: the item of the
 * learner's own published version, its title in their language and a link into the player. A
 * reference the course no longer has is left out (the trainee still sees the outline).
 */
@ApplicationScoped
public class PackageLessonLinks implements LessonLinks {

  @PersistenceContext EntityManager em;
  @Inject VersionStore versions;

  @Override
  public Map<String, Link> links(
      long learnerId, long quizId, Collection<String> lessons, String language) {
    Map<String, Link> links = new LinkedHashMap<>();
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findActiveByAccount", Enrolment.class)
            .setParameter("accountId", learnerId)
            .setMaxResults(500)
            .getResultList()) {
      PublishedCourse published = versions.course(e.getCourseId(), e.getVersionNumber());
      boolean holdsQuiz =
          published.items().stream()
              .anyMatch(i -> i.kind() == ItemKind.QUIZ && Long.valueOf(quizId).equals(i.quizId()));
      if (!holdsQuiz) {
        continue;
      }
      Map<String, Long> keys = itemKeys(em.find(Course.class, e.getCourseId()));
      String orgDefault = em.find(Account.class, learnerId).getOrganisation().getDefaultLocale();
      for (String lesson : lessons) {
        Long key = keys.get(lesson);
        PublishedItem item = key == null ? null : published.item(key).orElse(null);
        if (item != null && item.kind() != ItemKind.QUIZ) {
          links.putIfAbsent(
              lesson,
              new Link(
                  item.title().resolve(language, orgDefault),
                  LockedItems.playerPath(e.getCourseId()) + "&item=" + item.key()));
        }
      }
    }
    return links;
  }

  /** "module/item" package keys of a course's draft to the items' course keys. */
  static Map<String, Long> itemKeys(Course course) {
    PackageKeys keys = PackageKeys.of(course);
    Map<String, Long> items = new HashMap<>();
    for (CourseModule m : course.getModules()) {
      for (CourseItem i : m.getItems()) {
        items.put(keys.of(m) + "/" + keys.of(i), i.getKey());
      }
    }
    return items;
  }
}
