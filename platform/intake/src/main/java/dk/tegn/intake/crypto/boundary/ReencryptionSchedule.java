package dk.tegn.intake.crypto.boundary;

import dk.tegn.core.scheduling.control.JobLeases;
import dk.tegn.intake.crypto.control.Reencryption;
import dk.tegn.intake.crypto.entity.ReencryptionBatch;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/** Every 30 minutes: move what is under an old key to the primary key. Logs counts only. */
@Singleton
public class ReencryptionSchedule {

  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(ReencryptionSchedule.class.getName());

  @Inject Reencryption reencryption;
  @Inject JobLeases leases;

  @Schedule(minute = "*/30", hour = "*", persistent = false)
  public void reencrypt() {
    if (!leases.acquire("intake-reencryption", Duration.ofMinutes(29))) {
      return;
    }
    ReencryptionBatch batch = ReencryptionBatch.start();
    int moved = 0;
    int failed = 0;
    while (batch.more()) {
      batch = reencryption.reencrypt(batch, BATCH);
      moved += batch.moved();
      failed += batch.failed();
    }
    if (moved + failed > 0) {
      int m = moved;
      int f = failed;
      LOG.info(() -> "intake re-encryption: " + m + " moved to the primary key, " + f + " failed");
    }
  }
}
