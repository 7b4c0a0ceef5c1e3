package dk.tegn.core.account.entity;

import dk.tegn.core.organisation.entity.Organisation;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.naming.NoInitialContextException;

/**
 * Tells whoever keeps a copy of what a caller is (the account, its grants, its organisation) that
 * it changed. An entity listener, so that every write through JPA counts, whichever module or
 * service makes it: a copy cannot miss a writer added later. JPA calls it when the change is
 * flushed, before the commit, so in a JTA transaction it tells again once the transaction has
 * ended: a copy read between the flush and the commit (the old rows), however long that took, is
 * dropped then. A listener still has to allow for a read in flight at that moment (see {@code
 * CallerRows}). Writes with SQL past JPA are not seen: the only ones on these tables insert new
 * accounts and their grants ({@code AccountDirectory.createAllHashed}), which nobody kept.
 */
public class AccountChanges {

  /** Who keeps a copy. Held weakly: a listener lives as long as its owner keeps it. */
  public interface Listener {
    void accountChanged(long accountId);

    /** An organisation changed: its name, language or national flag, seen by its accounts. */
    void everyAccountChanged();
  }

  private static final Set<Listener> LISTENERS =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  public static void listen(Listener listener) {
    LISTENERS.add(listener);
  }

  /** A new grant; a new account or organisation was nobody's before, so nothing kept changes. */
  @PostPersist
  void added(Object entity) {
    if (entity instanceof RoleGrant grant) {
      tell(l -> l.accountChanged(grant.getAccount().getId()));
    }
  }

  // one listener for the three entities: JPA allows one method per event in a listener class
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    if (entity instanceof Account account) {
      tell(l -> l.accountChanged(account.getId()));
    } else if (entity instanceof RoleGrant grant) {
      tell(l -> l.accountChanged(grant.getAccount().getId()));
    } else if (entity instanceof Organisation) {
      tell(Listener::everyAccountChanged);
    }
  }

  private static void tell(Consumer<Listener> what) {
    tellNow(what);
    afterTransaction(() -> tellNow(what));
  }

  /**
   * Runs {@code again} when the current JTA transaction has ended (committed or not); nothing
   * outside one or outside a container (where only the flush tells).
   */
  private static void afterTransaction(Runnable again) {
    TRANSACTION_ENDS.after(again);
  }

  private static final TransactionEnds TRANSACTION_ENDS =
      new TransactionEnds(
          () -> new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry"));

  /**
   * The container's transaction synchronisation registry, looked up in JNDI once, not on every
   * change (each sign-in writes one): the registry is one for the server and knows the calling
   * thread's transaction itself. Outside a container (no JNDI at all: unit tests, tools) it is not
   * looked up again; a look-up that fails otherwise (a thread without the naming context) is tried
   * again the next time.
   */
  static final class TransactionEnds {
    private final Callable<Object> lookup;
    private volatile TransactionSynchronizationRegistry registry;
    private volatile boolean noContainer;

    TransactionEnds(Callable<Object> lookup) {
      this.lookup = lookup;
    }

    /** Runs {@code again} when the current JTA transaction has ended; nothing outside one. */
    void after(Runnable again) {
      TransactionSynchronizationRegistry transactions = registry();
      if (transactions == null) {
        return;
      }
      try {
        if (transactions.getTransactionKey() != null) {
          transactions.registerInterposedSynchronization(
              new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                  again.run();
                }
              });
        }
      } catch (RuntimeException completing) {
        // too late in the commit to register (IllegalStateException): the flush's telling stands
        // alone, as outside JTA; never a reason to fail the write
      }
    }

    private TransactionSynchronizationRegistry registry() {
      TransactionSynchronizationRegistry known = registry;
      if (known != null || noContainer) {
        return known;
      }
      try {
        known = (TransactionSynchronizationRegistry) lookup.call();
        registry = known;
        return known;
      } catch (NoInitialContextException none) {
        noContainer = true;
        return null;
      } catch (Exception notHere) {
        return null;
      }
    }
  }

  private static void tellNow(Consumer<Listener> what) {
    List<Listener> listeners;
    synchronized (LISTENERS) {
      listeners = new ArrayList<>(LISTENERS);
    }
    listeners.forEach(what);
  }
}
