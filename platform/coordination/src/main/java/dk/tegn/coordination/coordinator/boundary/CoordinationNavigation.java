package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.core.account.Role;
import dk.tegn.core.navigation.HomePage;
import dk.tegn.core.navigation.NavigationContribution;
import dk.tegn.core.navigation.NavigationItem;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Coordinators land on the completion dashboard and reach cohorts, settings and reminder texts;
 * trainees enrol with a key; admins reach the outbox and their organisation's reminder texts.
 */
@ApplicationScoped
public class CoordinationNavigation implements NavigationContribution {

  public static final String DASHBOARD = "/coordination/dashboard.xhtml";
  public static final String COHORTS = "/coordination/cohorts.xhtml";
  public static final String SETTINGS = "/coordination/settings.xhtml";
  public static final String LEARNERS = "/coordination/learners.xhtml";
  public static final String REMINDER_TEXTS = "/coordination/reminder-texts.xhtml";
  public static final String OUTBOX = "/admin/outbox.xhtml";
  public static final String KEY = "/register/key.xhtml";

  @Override
  public List<NavigationItem> items() {
    return List.of(
        new NavigationItem(
            Messages.PLATFORM, "coordination_nav.dashboard", DASHBOARD, Role.COORDINATOR, 40),
        new NavigationItem(
            Messages.PLATFORM, "coordination_nav.cohorts", COHORTS, Role.COORDINATOR, 41),
        new NavigationItem(
            Messages.PLATFORM, "coordination_nav.learners", LEARNERS, Role.COORDINATOR, 42),
        new NavigationItem(
            Messages.PLATFORM, "coordination_nav.settings", SETTINGS, Role.COORDINATOR, 43),
        // an admin words their organisation's reminders too; the menu shows the entry once
        new NavigationItem(
            Messages.PLATFORM,
            "coordination_nav.reminderTexts",
            REMINDER_TEXTS,
            Role.COORDINATOR,
            44),
        new NavigationItem(
            Messages.PLATFORM, "coordination_nav.reminderTexts", REMINDER_TEXTS, Role.ADMIN, 44),
        new NavigationItem(Messages.PLATFORM, "coordination_nav.key", KEY, Role.TRAINEE, 15),
        new NavigationItem(Messages.PLATFORM, "coordination_nav.outbox", OUTBOX, Role.ADMIN, 93));
  }

  @Override
  public List<HomePage> homePages() {
    return List.of(new HomePage(Role.COORDINATOR, DASHBOARD));
  }
}
