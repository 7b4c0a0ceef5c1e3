package dk.tegn.coordination.coordinator.control;

import dk.tegn.coordination.coordinator.control.CohortCsv.Problem;
import dk.tegn.coordination.coordinator.control.CohortCsv.Row;
import dk.tegn.coordination.coordinator.entity.Cohort;
import dk.tegn.coordination.coordinator.entity.CohortMember;
import dk.tegn.coordination.enrolment.control.Assignments;
import dk.tegn.coordination.registration.control.Registrations;
import dk.tegn.coordination.registration.control.Tokens;
import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.control.AuditLog;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.courses.enrolment.control.Enrolments;
import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Cohorts of an organisation: create them, add people by hand, by search or from a CSV file, and
 * list members. Only coordinators of the cohort's organisation (or national ones) may.
 */
@ApplicationScoped
@Transactional
public class Cohorts {

  private static final Logger LOG = Logger.getLogger(Cohorts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject CoordinationScope scope;
  @Inject PlatformClock clock;
  @Inject AccountDirectory directory;
  @Inject PasswordHasher hasher;
  @Inject Assignments assignments;
  @Inject CompletionCounters counters;
  @Inject Registrations registrations;
  @Inject AuditLog audit;

  /** Creates a cohort; a name already used in the organisation is refused. */
  public Cohort create(@Min(1) long organisationId, @NotBlank @Size(max = 200) String name) {
    scope.require(organisationId, "coordination.cohort.create");
    if (find(organisationId, name.strip()).isPresent()) {
      throw new RuleViolationException(Messages.PLATFORM, "coordination_cohorts.nameTaken", name);
    }
    Cohort cohort = new Cohort(organisationId, name, caller.accountId(), clock.now());
    em.persist(cohort);
    em.flush();
    audit.record(
        caller.accountId(),
        "coordination.cohort.create",
        "cohort",
        cohort.getId(),
        Outcome.ALLOWED);
    return cohort;
  }

  /** The cohorts of the organisations the caller coordinates. */
  public List<Cohort> list(@Min(0) int first, @Min(1) @Max(1000) int max) {
    return scope.page(Cohort.class, "Cohort.findByOrganisations", "Cohort.findAll", first, max);
  }

  /** The cohorts of one organisation the caller coordinates, by name. */
  public List<Cohort> inOrganisation(
      @Min(1) long organisationId, @Min(0) int first, @Min(1) @Max(1000) int max) {
    scope.require(organisationId, "coordination.cohort.read");
    return em.createNamedQuery("Cohort.findByOrganisations", Cohort.class)
        .setParameter("organisationIds", Set.of(organisationId))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public Cohort cohort(@Min(1) long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new RecordNotFoundException("cohort", cohortId);
    }
    scope.require(cohort.getOrganisationId(), "coordination.cohort.read");
    return cohort;
  }

  public List<Account> members(
      @Min(1) long cohortId, @Min(0) int first, @Min(1) @Max(500) int max) {
    cohort(cohortId);
    return em.createNamedQuery("CohortMember.findMembers", Account.class)
        .setParameter("cohortId", cohortId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long memberCount(@Min(1) long cohortId) {
    cohort(cohortId);
    return em.createNamedQuery("CohortMember.countByCohort", Long.class)
        .setParameter("cohortId", cohortId)
        .getSingleResult();
  }

  /** People of the cohort's organisation matching a search, to add by hand. */
  public List<Account> candidates(
      @Min(1) long cohortId, String term, @Min(0) int first, @Min(1) @Max(100) int max) {
    Cohort cohort = cohort(cohortId);
    String like = "%" + (term == null ? "" : term.strip().toLowerCase(Locale.ROOT)) + "%";
    return em.createNamedQuery("Account.search", Account.class)
        .setParameter("organisationId", cohort.getOrganisationId())
        .setParameter("term", like)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Adds a person of the cohort's organisation; they are enrolled in the cohort's assigned courses
   * at once (cohort sync). Adding a member twice changes nothing.
   */
  public boolean addMember(@Min(1) long cohortId, @Min(1) long accountId) {
    Cohort cohort = cohort(cohortId);
    Account account = em.find(Account.class, accountId);
    if (account == null || account.getOrganisation().getId() != cohort.getOrganisationId()) {
      audit.record(
          caller.accountId(), "coordination.cohort.add", "account", accountId, Outcome.REFUSED);
      throw new RuleViolationException(Messages.PLATFORM, "coordination_cohorts.otherOrganisation");
    }
    boolean added = join(cohort, accountId);
    audit.record(
        caller.accountId(), "coordination.cohort.add", "cohort", cohortId, Outcome.ALLOWED);
    return added;
  }

  public void removeMember(@Min(1) long cohortId, @Min(1) long accountId) {
    cohort(cohortId);
    leave(cohortId, accountId);
    audit.record(
        caller.accountId(), "coordination.cohort.remove", "cohort", cohortId, Outcome.ALLOWED);
  }

  /**
   * Trusted: takes an account out of a cohort, and its counts out of the cohort's (single sign-on's
   * group sync and {@link #removeMember}). Nothing happens when it was no member.
   */
  public void leave(long cohortId, long accountId) {
    em.createNamedQuery("CohortMember.find", CohortMember.class)
        .setParameter("cohortId", cohortId)
        .setParameter("accountId", accountId)
        .getResultStream()
        .forEach(
            m -> {
              em.remove(m);
              em.flush();
              counters.left(cohortId, accountId);
            });
  }

  /**
   * Trusted: puts an account into a cohort and syncs its assignments (used by self-registration and
   * the demo set-up). Returns false when it was a member already.
   */
  public boolean join(Cohort cohort, long accountId) {
    boolean member =
        em.createNamedQuery("CohortMember.find", CohortMember.class)
            .setParameter("cohortId", cohort.getId())
            .setParameter("accountId", accountId)
            .getResultStream()
            .findFirst()
            .isPresent();
    if (member) {
      return false;
    }
    em.persist(new CohortMember(cohort.getId(), accountId, clock.now()));
    em.flush();
    counters.joined(cohort.getId(), accountId);
    assignments.syncMember(cohort.getId(), accountId);
    return true;
  }

  /**
   * Checks a people file against the organisation without changing anything: what would be created,
   * and every bad row with its line number and reason.
   */
  public ImportPreview preview(@Min(1) long organisationId, @NotNull byte[] content) {
    scope.require(organisationId, "coordination.import");
    CohortCsv.Parsed parsed = CohortCsv.parse(content);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    List<ImportPreview.Line> lines = new ArrayList<>();
    Map<String, Boolean> cohortExists = new HashMap<>();
    Map<String, long[]> holders = holders(parsed.rows().stream().map(Row::email).toList());
    // a new person's address becomes their username: which are taken, a statement per thousand
    Set<String> taken =
        directory.takenUsernames(
            parsed.rows().stream()
                .map(Row::email)
                .filter(e -> !holders.containsKey(e.toLowerCase(Locale.ROOT)))
                .toList());
    for (Row row : parsed.rows()) {
      long[] holder = holders.get(row.email().toLowerCase(Locale.ROOT));
      if (holder != null && holder[1] != organisationId) {
        problems.add(
            new Problem(row.line(), "coordination_import.reason.otherOrganisation", row.email()));
        continue;
      }
      if (holder == null && taken.contains(row.email().toLowerCase(Locale.ROOT))) {
        problems.add(
            new Problem(row.line(), "coordination_import.reason.usernameTaken", row.email()));
        continue;
      }
      boolean newCohort =
          !cohortExists.computeIfAbsent(
              row.cohort(), name -> find(organisationId, name).isPresent());
      lines.add(
          new ImportPreview.Line(
              row.line(), row.name(), row.email(), row.cohort(), holder == null, newCohort));
    }
    problems.sort((a, b) -> Long.compare(a.line(), b.line()));
    return new ImportPreview(
        lines,
        problems.stream()
            .map(p -> new ImportPreview.Issue(p.line(), p.reason(), p.value()))
            .toList());
  }

  /**
   * Imports a clean people file: creates missing cohorts and accounts (who get an invitation to
   * choose a password) and adds everyone to their cohort. A file with any bad row imports nothing.
   * The people already there are found before anything is written (a statement per thousand
   * addresses), and each cohort takes its people a batch at a time ({@link #joinAll}): up to 10,000
   * rows in one transaction, so nothing is done person by person that can be done per batch.
   */
  public ImportPreview importFile(@Min(1) long organisationId, @NotNull byte[] content) {
    ImportPreview preview = preview(organisationId, content);
    if (!preview.isClean()) {
      throw new RuleViolationException(Messages.PLATFORM, "coordination_import.notClean");
    }
    Map<String, Long> holders = new HashMap<>();
    holders(preview.getLines().stream().map(ImportPreview.Line::getEmail).toList())
        .forEach((email, holder) -> holders.put(email, holder[0]));
    Map<Long, List<Long>> joining = new LinkedHashMap<>();
    Set<Long> created = new HashSet<>();
    createAndInvite(organisationId, preview.getLines(), holders, created);
    Map<String, Cohort> cohorts = new HashMap<>();
    for (ImportPreview.Line line : preview.getLines()) {
      Cohort cohort =
          cohorts.computeIfAbsent(
              line.getCohort(),
              name ->
                  find(organisationId, name)
                      .orElseGet(
                          () -> {
                            Cohort c =
                                new Cohort(organisationId, name, caller.accountId(), clock.now());
                            em.persist(c);
                            em.flush();
                            return c;
                          }));
      long accountId = holders.get(line.getEmail().toLowerCase(Locale.ROOT));
      joining.computeIfAbsent(cohort.getId(), c -> new ArrayList<>()).add(accountId);
    }
    joining.forEach((cohortId, people) -> joinAll(cohortId, people, created));
    int newAccounts = created.size();
    audit.record(
        caller.accountId(),
        "coordination.import",
        "organisation",
        organisationId,
        Outcome.ALLOWED,
        preview.getLines().size() + " rows, " + newAccounts + " new accounts");
    LOG.info(() -> "people file imported: " + preview.getLines().size() + " rows");
    return preview;
  }

  /**
   * Makes the accounts of the file's people who have none ({@code holders} names the others, by
   * address in lower case) and invites them: {@link #BATCH} at a time, each batch in a few
   * statements (core's {@code createAllHashed}, {@link Registrations#inviteAll}), not a flush per
   * person. Adds them to {@code holders} and {@code created}.
   */
  private void createAndInvite(
      long organisationId,
      List<ImportPreview.Line> lines,
      Map<String, Long> holders,
      Set<Long> created) {
    Map<String, AccountDirectory.NewAccount> people = new LinkedHashMap<>();
    for (ImportPreview.Line line : lines) {
      String email = line.getEmail().toLowerCase(Locale.ROOT);
      if (!holders.containsKey(email)) {
        people.putIfAbsent(
            email,
            new AccountDirectory.NewAccount(line.getEmail(), line.getName(), line.getEmail()));
      }
    }
    if (people.isEmpty()) {
      return;
    }
    // one hash of a random password nobody knows, not a slow hash per row
    String unusableHash = hasher.hash(Tokens.unusablePassword());
    List<String> emails = List.copyOf(people.keySet());
    List<AccountDirectory.NewAccount> all = List.copyOf(people.values());
    Organisation organisation = directory.organisation(organisationId);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<AccountDirectory.NewAccount> batch =
          all.subList(from, Math.min(all.size(), from + BATCH));
      // ids, not entities: nothing of them is kept in the persistence context, which every later
      // statement's flush walks (the counters of the people who had accounts, one by one, took
      // most of 10,000 rows' time while the new accounts were kept there)
      List<Long> ids =
          directory.createAllHashed(batch, organisationId, unusableHash, List.of(Role.TRAINEE));
      List<Registrations.Invitee> invitees = new ArrayList<>(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        AccountDirectory.NewAccount person = batch.get(i);
        invitees.add(
            new Registrations.Invitee(
                ids.get(i), person.email(), person.displayName(), null, organisation));
        holders.put(emails.get(from + i), ids.get(i));
        created.add(ids.get(i));
      }
      registrations.inviteAll(invitees);
    }
  }

  /** People per statement of {@link #holders} and batch of {@link #joinAll}. */
  static final int BATCH = Enrolments.BATCH;

  /**
   * The accounts holding these addresses (compared in lower case), the oldest where two share one,
   * as {@code CohortMember.findAccountsByEmail} picks, as their id and organisation: a statement
   * per {@link #BATCH} addresses (each a scan of the accounts: {@code lower(email)} has no index),
   * not one per row.
   */
  private Map<String, long[]> holders(List<String> emails) {
    List<String> lower = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
    Map<String, long[]> holders = new HashMap<>();
    for (int from = 0; from < lower.size(); from += BATCH) {
      for (Object[] r :
          em.createNamedQuery("CohortMember.findAccountIdsByEmails", Object[].class)
              .setParameter("emails", lower.subList(from, Math.min(lower.size(), from + BATCH)))
              .getResultList()) {
        holders.putIfAbsent(
            ((String) r[1]).toLowerCase(Locale.ROOT),
            new long[] {(Long) r[0], ((Number) r[2]).longValue()});
      }
    }
    return holders;
  }

  /**
   * Trusted: {@link #join} for the people of a file, {@link #BATCH} at a time: one statement finds
   * who is a member already, one inserts the rest, their counts join the cohort's (not for accounts
   * made by this import, which have nothing to count yet), and the cohort's courses are placed for
   * the batch at once ({@link Assignments#syncMembers}). Returns how many joined.
   */
  int joinAll(long cohortId, List<Long> accountIds, Set<Long> newAccounts) {
    List<Long> people = accountIds.stream().distinct().toList();
    String at = DATETIME.format(LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
    int joined = 0;
    for (int from = 0; from < people.size(); from += BATCH) {
      List<Long> batch = people.subList(from, Math.min(people.size(), from + BATCH));
      Set<Long> members =
          new HashSet<>(
              em.createNamedQuery("CohortMember.findAccountIdsAmong", Long.class)
                  .setParameter("cohortId", cohortId)
                  .setParameter("accountIds", batch)
                  .getResultList());
      List<Long> fresh = batch.stream().filter(id -> !members.contains(id)).toList();
      if (fresh.isEmpty()) {
        continue;
      }
      // ids and the time as literals (typed values, so safe): EclipseLink's look-up of a native
      // statement's bind parameters is quadratic in their number (ops/BENCHMARKS.md §7.1)
      StringBuilder rows = new StringBuilder();
      for (long id : fresh) {
        rows.append(rows.isEmpty() ? "(" : ", (")
            .append(cohortId)
            .append(", ")
            .append(id)
            .append(", '")
            .append(at)
            .append("')");
      }
      em.createNativeQuery(
              "INSERT INTO crd_cohort_member (cohort_id, account_id, joined_at) VALUES " + rows)
          .executeUpdate();
      for (long id : fresh) {
        if (!newAccounts.contains(id)) {
          counters.joined(cohortId, id);
        }
      }
      assignments.syncMembers(cohortId, fresh);
      joined += fresh.size();
    }
    return joined;
  }

  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private Optional<Cohort> find(long organisationId, String name) {
    return em.createNamedQuery("Cohort.findByName", Cohort.class)
        .setParameter("organisationId", organisationId)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }
}
