package dk.tegn.core.account.control;

import dk.tegn.core.account.AccountMoved;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.persistence.SqlIds;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.time.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts and organisations without caller checks: for trusted callers only (start-up seeding,
 * self-registration, and the administration service after it has checked the caller).
 */
@ApplicationScoped
@Transactional
public class AccountDirectory {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject PlatformClock clock;
  @Inject Event<AccountMoved> moved;

  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Account account(long id) {
    Account account = em.find(Account.class, id);
    if (account == null) {
      throw new RecordNotFoundException("account", id);
    }
    return account;
  }

  public Organisation organisation(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw new RecordNotFoundException("organisation", id);
    }
    return organisation;
  }

  public Optional<Organisation> findOrganisation(String code) {
    return em.createNamedQuery("Organisation.findByCode", Organisation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Organisation> organisations() {
    return em.createNamedQuery("Organisation.findAll", Organisation.class)
        .setMaxResults(1000)
        .getResultList();
  }

  /** Returns the organisation with this code, creating it if it does not exist. */
  public Organisation ensureOrganisation(
      String code, String name, String defaultLocale, boolean national) {
    return findOrganisation(code)
        .orElseGet(
            () -> {
              Organisation o = new Organisation(code, name, defaultLocale, national, clock.now());
              em.persist(o);
              em.flush();
              return o;
            });
  }

  public Account create(
      String username,
      String displayName,
      String email,
      long organisationId,
      String password,
      List<Role> roles) {
    return createHashed(username, displayName, email, organisationId, hasher.hash(password), roles);
  }

  /**
   * Like {@link #create}, with the password hashed already by {@link PasswordHasher}: the demo's 25
   * logins share one password, and hashing it 25 times was seconds of every first start.
   */
  public Account createHashed(
      String username,
      String displayName,
      String email,
      long organisationId,
      String passwordHash,
      List<Role> roles) {
    Organisation organisation = organisation(organisationId);
    Account account =
        new Account(username, displayName, email, organisation, passwordHash, clock.now());
    roles.forEach(role -> account.grant(role, organisation, clock.now()));
    em.persist(account);
    em.flush();
    return account;
  }

  /** Who a new account is for ({@link #createAllHashed}). */
  public record NewAccount(String username, String displayName, String email) {}

  /**
   * {@link #createHashed} for many people of one organisation with the same hash and roles (a
   * people file's new accounts, at most {@link #BATCH} a call): the accounts in one multi-row
   * INSERT, each role's grants in one more, their ids read back in one statement. Not through JPA:
   * the keys are AUTO_INCREMENT, and EclipseLink sends such an entity's INSERT alone to take its
   * generated key (batch writing batches only rows whose key it knows, as an attempt's slots,
   * ops/BENCHMARKS.md §3), a round trip per account and one per grant (§7.4). Nothing a caller's
   * kept rows hold can be about an account just made ({@code AccountChanges}: a new account was
   * nobody's). Returns their ids in the order given.
   */
  public List<Long> createAllHashed(
      List<NewAccount> people, long organisationId, String passwordHash, List<Role> roles) {
    if (people.isEmpty()) {
      return List.of();
    }
    Organisation organisation = organisation(organisationId);
    em.flush();
    LocalDateTime now = LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    List<String> usernames = people.stream().map(NewAccount::username).toList();
    String names = String.join(", ", Collections.nCopies(people.size(), "?"));
    Connection connection = em.unwrap(Connection.class);
    try {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO plt_account (username, display_name, email, organisation_id,"
                  + " password_hash, password_changed_at, created_at) VALUES "
                  + String.join(
                      ", ", Collections.nCopies(people.size(), "(?, ?, ?, ?, ?, ?, ?)")))) {
        int p = 1;
        for (NewAccount person : people) {
          insert.setString(p++, person.username());
          insert.setString(p++, person.displayName());
          insert.setString(p++, person.email());
          insert.setLong(p++, organisationId);
          insert.setString(p++, passwordHash);
          insert.setObject(p++, now);
          insert.setObject(p++, now);
        }
        insert.executeUpdate();
      }
      for (Role role : roles) {
        try (PreparedStatement grant =
            connection.prepareStatement(
                "INSERT INTO plt_role_grant (account_id, organisation_id, role, granted_at)"
                    + " SELECT id, ?, ?, ? FROM plt_account WHERE username IN ("
                    + names
                    + ")")) {
          grant.setLong(1, organisationId);
          grant.setString(2, role.name());
          grant.setObject(3, now);
          int p = 4;
          for (String username : usernames) {
            grant.setString(p++, username);
          }
          grant.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException(people.size() + " accounts not made", e);
    }
    // ids only: entities read here would sit in the persistence context, and every later flush of
    // the caller's transaction (a people file's 10,000) would compare them again
    Map<String, Long> made = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("Account.findIdsByUsernamesIn", Object[].class)
            .setParameter("usernames", usernames)
            .getResultList()) {
      made.put(((String) row[1]).toLowerCase(Locale.ROOT), (Long) row[0]);
    }
    return usernames.stream()
        .map(u -> Objects.requireNonNull(made.get(u.toLowerCase(Locale.ROOT)), u))
        .toList();
  }

  /** Usernames per statement of {@link #takenUsernames}; accounts per {@link #createAllHashed}. */
  public static final int BATCH = 1_000;

  /**
   * Which of these usernames accounts have already, in lower case (the column's collation ignores
   * case): a statement per {@link #BATCH}, not one per name.
   */
  public Set<String> takenUsernames(Collection<String> usernames) {
    List<String> names = List.copyOf(usernames);
    Set<String> taken = new HashSet<>();
    for (int from = 0; from < names.size(); from += BATCH) {
      em.createNamedQuery("Account.findUsernamesIn", String.class)
          .setParameter("usernames", names.subList(from, Math.min(names.size(), from + BATCH)))
          .getResultList()
          .forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
    }
    return taken;
  }

  public void grant(long accountId, long organisationId, Role role) {
    account(accountId).grant(role, organisation(organisationId), clock.now());
  }

  /**
   * Moves a person to another organisation and raises {@link AccountMoved} in the same transaction,
   * so that what other modules count per organisation moves along. Trusted: the caller has checked
   * who may do this.
   */
  public void move(long accountId, long organisationId) {
    Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw new RecordNotFoundException("account", accountId);
    }
    long from = account.getOrganisation().getId();
    if (from == organisationId) {
      return;
    }
    account.moveTo(organisation(organisationId));
    em.flush();
    moved.fire(new AccountMoved(accountId, from, organisationId));
  }

  /**
   * The organisation of a person, read with a shared lock held to the end of the transaction: a
   * module counting something of the person per organisation reads it so, and a move of the person
   * ({@link #move}) waits for that transaction or is waited for, instead of one of them counting
   * under an organisation the person has just left.
   */
  public long organisationOfLocked(long accountId) {
    List<?> id =
        em.createNativeQuery(
                "SELECT organisation_id FROM plt_account WHERE id = ?1 LOCK IN SHARE MODE")
            .setParameter(1, accountId)
            .getResultList();
    if (id.isEmpty()) {
      throw new RecordNotFoundException("account", accountId);
    }
    return ((Number) id.get(0)).longValue();
  }

  /**
   * {@link #organisationOfLocked} for many people at once (at most a batch of about 1,000), read in
   * id order with shared locks, by account id; an unknown account is a 404.
   */
  public Map<Long, Long> organisationsOfLocked(Collection<Long> accountIds) {
    Map<Long, Long> organisations = new HashMap<>();
    if (accountIds.isEmpty()) {
      return organisations;
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT id, organisation_id FROM plt_account WHERE id IN ("
                    + SqlIds.list(accountIds)
                    + ") ORDER BY id LOCK IN SHARE MODE")
            .getResultList()) {
      Object[] r = (Object[]) row;
      organisations.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    for (long id : accountIds) {
      if (!organisations.containsKey(id)) {
        throw new RecordNotFoundException("account", id);
      }
    }
    return organisations;
  }

  /** The organisations of many people (at most a page of them), by account id. */
  public Map<Long, Long> organisationsOf(Collection<Long> accountIds) {
    Map<Long, Long> organisations = new HashMap<>();
    if (!accountIds.isEmpty()) {
      em.createQuery(
              "select a.id, a.organisation.id from Account a where a.id in :ids", Object[].class)
          .setParameter("ids", accountIds)
          .getResultList()
          .forEach(r -> organisations.put((Long) r[0], (Long) r[1]));
    }
    return organisations;
  }
}
