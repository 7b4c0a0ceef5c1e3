package dk.tegn.core.mail.control;

import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import jakarta.persistence.EntityManager;

/** An outbox wired by hand, for services of other packages tested without CDI. */
public final class TestOutboxes {

  private TestOutboxes() {}

  public static MailOutbox of(EntityManager em, PlatformClock clock, CurrentCaller caller) {
    MailOutbox outbox = new MailOutbox();
    outbox.em = em;
    outbox.clock = clock;
    outbox.caller = caller;
    return outbox;
  }
}
