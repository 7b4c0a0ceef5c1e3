package dk.tegn.core.account.control;

import dk.tegn.core.time.PlatformClock;
import jakarta.persistence.EntityManager;

/** An account directory wired by hand, for services of other packages tested without CDI. */
public final class TestDirectories {

  private TestDirectories() {}

  public static AccountDirectory of(EntityManager em, PlatformClock clock) {
    AccountDirectory directory = new AccountDirectory();
    directory.em = em;
    directory.clock = clock;
    directory.hasher = new PasswordHasher();
    return directory;
  }
}
