package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.attempt.entity.AttemptSlot;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.core.cache.RecentlyUsed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What an answer to one slot of an attempt is checked against before it is stored: whose attempt it
 * is, the order the slot showed its options in and the question version's content. All three are
 * fixed when the attempt starts (the columns are not updatable, a question version is never
 * changed), so they are read once per attempt, all slots in one statement, and kept: the exam's
 * answer saves then need no read of their own (ops/BENCHMARKS.md section 9.3). Whether the attempt
 * is still open, its deadline and its owner are checked again by the upsert itself, under the
 * attempt row's lock ({@link AnswerStore}); what is kept here only decides a refusal before it.
 *
 * <p>Bounded: the attempts saved to most recently, {@value #MAX_ATTEMPTS} of them (about 0.3 KB
 * each for 20 slots: the slots themselves, a question's content with one option order, are shared
 * between attempts, as are the contents and orders; 1.15 KB each when every attempt had its own
 * slots, ops/BENCHMARKS.md §3.ab). Each instance of a cluster keeps its own; nothing here can go
 * stale, so none needs telling.
 */
@ApplicationScoped
public class AnswerTargets {

  static final int MAX_ATTEMPTS = 20_000;

  /** Shared values (question contents, option orders) kept up to this many, then started over. */
  private static final int MAX_SHARED = 50_000;

  /** One slot: the attempt's option order and the question's content. */
  record Slot(PublicKeys keys, Content content) {}

  /** One attempt: its learner and its slots by number (index 0 is slot 1; null for a gap). */
  record Attempt(long learnerId, Slot[] slots) {

    /** The slot, or null when the attempt has none of that number. */
    Slot slot(int slot) {
      return slot >= 1 && slot <= slots.length ? slots[slot - 1] : null;
    }
  }

  @PersistenceContext EntityManager em;

  private final Map<Long, Attempt> attempts = RecentlyUsed.keeping(MAX_ATTEMPTS);

  private final Map<Long, Content> contents = new ConcurrentHashMap<>();
  private final Map<String, PublicKeys> orders = new ConcurrentHashMap<>();
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  public AnswerTargets() {}

  /** For tests outside a container. */
  AnswerTargets(EntityManager em) {
    this.em = em;
  }

  /** The attempt's owner and slots; null when there is no such attempt. */
  public Attempt of(long attemptId) {
    Attempt known;
    synchronized (attempts) {
      known = attempts.get(attemptId);
    }
    if (known != null) {
      return known;
    }
    // read outside the lock: two threads may read the same attempt at once, both get the same
    Attempt read = read(attemptId);
    if (read != null) {
      synchronized (attempts) {
        attempts.put(attemptId, read);
      }
    }
    return read;
  }

  /** Forgets the attempt, so that its next save reads it again. */
  public void forget(long attemptId) {
    synchronized (attempts) {
      attempts.remove(attemptId);
    }
  }

  private Attempt read(long attemptId) {
    List<Object[]> rows =
        em.createNamedQuery("AttemptSlot.listAnswerTargets", Object[].class)
            .setParameter("attemptId", attemptId)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    int last = rows.stream().mapToInt(r -> (Integer) r[0]).max().orElse(0);
    Slot[] slots = new Slot[last];
    for (Object[] row : rows) {
      slots[(Integer) row[0] - 1] = slot((Long) row[3], (Content) row[4], (String) row[2]);
    }
    return new Attempt((Long) rows.get(0)[1], slots);
  }

  /** The one instance of a question version's content (contents are immutable). */
  private Content content(long versionId, Content read) {
    return shared(contents, versionId, id -> read);
  }

  /**
   * The one instance of a slot of a question version in an option order: attempts of a quiz draw
   * the same versions in few different orders.
   */
  private Slot slot(long versionId, Content read, String presentation) {
    return shared(
        slots,
        versionId + ":" + presentation,
        k -> new Slot(order(presentation), content(versionId, read)));
  }

  /** The one instance of an option order (a quiz's attempts show few different ones). */
  private PublicKeys order(String presentation) {
    return shared(orders, presentation, p -> new PublicKeys(AttemptSlot.presentation(p)));
  }

  /** The one instance kept for {@code key}; the map starts again once it holds MAX_SHARED. */
  private static <K, V> V shared(Map<K, V> map, K key, Function<K, V> make) {
    if (map.size() > MAX_SHARED) {
      map.clear();
    }
    return map.computeIfAbsent(key, make);
  }
}
