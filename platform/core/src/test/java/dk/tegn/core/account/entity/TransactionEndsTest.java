package dk.tegn.core.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tegn.core.account.entity.AccountChanges.TransactionEnds;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.NameNotFoundException;
import javax.naming.NoInitialContextException;
import org.junit.jupiter.api.Test;

/**
 * An account change tells again when its transaction has ended, through the container's registry,
 * which is looked up once rather than on every change (each sign-in writes one). A fake registry
 * stands for the container's JTA (SignedInCallerTest runs outside one).
 */
class TransactionEndsTest {

  /** A registry whose one transaction is open while {@code key} is set. */
  static final class Registry implements TransactionSynchronizationRegistry {
    Object key = "tx";
    final List<Synchronization> registered = new ArrayList<>();

    void end() {
      registered.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
      registered.clear();
    }

    @Override
    public Object getTransactionKey() {
      return key;
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      registered.add(sync);
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }

  @Test
  void theRegistryIsLookedUpOnceAndEveryChangeIsToldAgainWhenItsTransactionEnds() {
    Registry registry = new Registry();
    AtomicInteger lookups = new AtomicInteger();
    TransactionEnds ends =
        new TransactionEnds(
            () -> {
              lookups.incrementAndGet();
              return registry;
            });
    AtomicInteger told = new AtomicInteger();
    for (int i = 0; i < 1_000; i++) {
      ends.after(told::incrementAndGet);
    }
    assertEquals(1, lookups.get(), "one look-up for 1,000 changes");
    assertEquals(0, told.get(), "not before the transaction has ended");
    registry.end();
    assertEquals(1_000, told.get());

    registry.key = null;
    ends.after(told::incrementAndGet);
    registry.end();
    assertEquals(1_000, told.get(), "outside a transaction only the flush tells");
    assertEquals(1, lookups.get());
  }

  @Test
  void withoutAContainerNothingIsLookedUpAgainAndAFailedLookUpInOneIsTriedAgain() {
    AtomicInteger lookups = new AtomicInteger();
    TransactionEnds none =
        new TransactionEnds(
            () -> {
              lookups.incrementAndGet();
              throw new NoInitialContextException();
            });
    none.after(() -> {});
    none.after(() -> {});
    assertEquals(1, lookups.get(), "no JNDI at all: not looked up again");

    Registry registry = new Registry();
    AtomicInteger tries = new AtomicInteger();
    TransactionEnds later =
        new TransactionEnds(
            () -> {
              if (tries.incrementAndGet() == 1) {
                throw new NameNotFoundException("a thread without the naming context");
              }
              return registry;
            });
    AtomicInteger told = new AtomicInteger();
    later.after(told::incrementAndGet);
    later.after(told::incrementAndGet);
    later.after(told::incrementAndGet);
    registry.end();
    assertEquals(List.of(2, 2), List.of(tries.get(), told.get()), "found on the second, kept");
  }
}
