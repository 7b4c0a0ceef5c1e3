package dk.tegn.courses.xapi.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What one run of a background reader of attempts has handled ({@link GradedAttemptStatements},
 * {@link StartedAttemptStatements}): the attempts it found recorded behind its cursor or recorded
 * itself, so that its later batches, whose minute behind the cursor is mostly the same, neither
 * look their statements up nor read them again. Attempts that commit late are not in it and are
 * still found. Kept for one run of one reader only (a batch that fails ends the run).
 */
public final class XapiRun {

  private final Set<Long> handled = new HashSet<>();

  /** How many attempts the run has handled. */
  public int handled() {
    return handled.size();
  }

  /**
   * Of the attempts behind the cursor ({@code behind}, newest first), those still without their
   * statement, oldest first (as they happened), leaving out those the run has handled; those found
   * recorded now count as handled.
   */
  <T> List<T> unrecorded(
      List<T> behind,
      ToLongFunction<T> attemptId,
      Function<T, String> statementId,
      StatementOutbox outbox) {
    List<T> unhandled =
        behind.stream().filter(a -> !handled.contains(attemptId.applyAsLong(a))).toList();
    Set<String> recorded = outbox.existing(unhandled.stream().map(statementId).toList());
    List<T> todo = new ArrayList<>();
    for (int i = unhandled.size() - 1; i >= 0; i--) {
      T a = unhandled.get(i);
      if (recorded.contains(statementId.apply(a))) {
        handled.add(attemptId.applyAsLong(a));
      } else {
        todo.add(a);
      }
    }
    return todo;
  }

  /** The attempts the batch recorded. */
  void recorded(Collection<Long> attemptIds) {
    handled.addAll(attemptIds);
  }
}
