package dk.tegn.core.account.entity;

import dk.tegn.core.organisation.entity.Organisation;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * Tells whoever keeps a copy of what a caller is (the account, its grants, its organisation) that
 * it changed. An entity listener, so that every write through JPA counts, whichever module or
 * service makes it: a copy cannot miss a writer added later. JPA calls it when the change is
 * flushed, before the commit; a listener that must not keep what another request reads before the
 * commit has to allow for that (see {@code CallerRows}). Writes with SQL past JPA are not seen:
 * there are none on these tables.
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
    List<Listener> listeners;
    synchronized (LISTENERS) {
      listeners = new ArrayList<>(LISTENERS);
    }
    listeners.forEach(what);
  }
}
