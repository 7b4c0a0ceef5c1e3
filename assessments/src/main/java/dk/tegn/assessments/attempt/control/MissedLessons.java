package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.LessonLinks;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lessons to go back to after a failed attempt, as links other modules resolve: the result page
 * lists them with the numbers of the missed questions each one teaches.
 */
@ApplicationScoped
public class MissedLessons {

  @Inject @Any Instance<LessonLinks> resolvers;
  @Inject CurrentCaller caller;

  /**
   * A lesson to go back to, with the missed questions it teaches.
   *
   * @param questions "3, 7": the numbers of the missed questions
   */
  public record Pointer(String title, String path, String questions) implements Serializable {}

  /** The caller's pointers for an attempt view they were allowed to see; empty when none. */
  public List<Pointer> of(AttemptView attempt, String language) {
    if (attempt == null || attempt.missedLessons().isEmpty()) {
      return List.of();
    }
    List<String> lessons =
        attempt.missedLessons().stream().map(AttemptView.MissedLesson::lesson).toList();
    Map<String, LessonLinks.Link> links = new HashMap<>();
    for (LessonLinks resolver : resolvers) {
      resolver
          .links(caller.accountId(), attempt.quizId(), lessons, language)
          .forEach(links::putIfAbsent);
    }
    List<Pointer> pointers = new ArrayList<>();
    for (AttemptView.MissedLesson missed : attempt.missedLessons()) {
      LessonLinks.Link link = links.get(missed.lesson());
      if (link != null) {
        pointers.add(
            new Pointer(
                link.title(),
                link.path(),
                String.join(", ", missed.questions().stream().map(String::valueOf).toList())));
      }
    }
    return pointers;
  }
}
