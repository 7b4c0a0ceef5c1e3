package dk.tegn.web.demo;

import dk.tegn.core.demo.DemoDataSeeded;
import dk.tegn.intake.routing.control.IntakeDemoSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/** The demo intake officer works in all three teams (children, women, men) and is on call. */
@ApplicationScoped
public class IntakeDemo {

  @Inject IntakeDemoSetup intake;

  void seed(@Observes DemoDataSeeded demo) {
    intake.ensureDemoTeams(List.of(demo.accounts().get("intake")));
  }
}
