package dk.tegn.assessments;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The trainer's menu entries: question banks and quizzes. */
@ApplicationScoped
public class AssessmentsNavigation implements NavigationContribution {

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(
            Messages.ASSESSMENTS,
            "assessments_nav.questions",
            "/assessments/author/banks.xhtml",
            Role.TRAINER,
            21),
        new NavigationItem(
            Messages.ASSESSMENTS,
            "assessments_nav.quizzes",
            "/assessments/author/banks.xhtml",
            Role.TRAINER,
            22));
  }
}
