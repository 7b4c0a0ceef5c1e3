package dk.tegn.core.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Where one person's erasure stands: the modules that have done their part, in order, and when the
 * whole was complete (null: begun, not finished; it is resumed by erasing again).
 */
public record ErasureStatus(long accountId, List<String> modulesDone, Instant completedAt)
    implements Serializable {

  public ErasureStatus {
    modulesDone = List.copyOf(modulesDone);
  }

  public boolean isComplete() {
    return completedAt != null;
  }
}
