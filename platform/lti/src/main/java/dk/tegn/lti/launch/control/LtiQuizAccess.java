package dk.tegn.lti.launch.control;

import dk.tegn.assessments.attempt.QuizAccessPolicy;
import dk.tegn.lti.launch.entity.LinkMember;
import dk.tegn.lti.launch.entity.ResourceLink;
import dk.tegn.lti.launch.entity.TargetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A platform's link to a quiz lets the people it launched take that quiz, although the quiz belongs
 * to another organisation (the centre's final quiz, taken by a police school's cadet).
 */
@ApplicationScoped
public class LtiQuizAccess implements QuizAccessPolicy {

  @PersistenceContext EntityManager em;

  @Override
  public boolean admits(long learnerId, long quizId) {
    return em.createNamedQuery("LinkMember.findByAccount", LinkMember.class)
        .setParameter("accountId", learnerId)
        .setMaxResults(100)
        .getResultStream()
        .map(m -> em.find(ResourceLink.class, m.getLinkId()))
        .anyMatch(
            l -> l != null && l.getTargetKind() == TargetKind.QUIZ && l.getTargetId() == quizId);
  }
}
