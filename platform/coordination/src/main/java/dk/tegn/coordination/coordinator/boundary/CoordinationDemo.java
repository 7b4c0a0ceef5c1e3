package dk.tegn.coordination.coordinator.boundary;

import dk.tegn.coordination.coordinator.control.CoordinationSetup;
import dk.tegn.core.demo.DemoDataSeeded;
import dk.tegn.courses.course.entity.Audience;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Demo content of coordination: two police cohorts, the foreign ministry's registration domain
 * (embassy staff land in a cohort that is assigned the embassy course), and published courses
 * assigned to the cohorts. Observes late so the courses' own demo set-up has run; idempotent.
 */
@ApplicationScoped
public class CoordinationDemo {

  static final String SPRING = "Politiskolen, hold forår 2027";
  static final String AUTUMN = "Politiskolen, hold efterår 2026";
  static final String EMBASSY = "Udsendte, selvregistrerede";
  public static final String DEMO_DOMAIN = "demo-um.dk";

  @Inject CoordinationSetup setup;

  void seed(@Observes @Priority(5000) DemoDataSeeded seeded) {
    Map<String, Long> orgs = seeded.organisations();
    Map<String, Long> accounts = seeded.accounts();
    long police = orgs.get("police-school");
    List<Long> spring =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(accounts.get("trainee")),
                IntStream.rangeClosed(1, 10)
                    .mapToObj(i -> accounts.get(String.format("cadet%02d", i))))
            .toList();
    List<Long> autumn =
        IntStream.rangeClosed(11, 20)
            .mapToObj(i -> accounts.get(String.format("cadet%02d", i)))
            .toList();
    setup.ensureCohort(police, SPRING, spring, Audience.POLICE, 60);
    setup.ensureCohort(police, AUTUMN, autumn, Audience.POLICE, -10);
    long um = orgs.get("um");
    long embassyCohort = setup.ensureCohort(um, EMBASSY, List.of(), Audience.EMBASSY_CONSULAR, 30);
    setup.allowRegistration(um, DEMO_DOMAIN, embassyCohort);
  }
}
