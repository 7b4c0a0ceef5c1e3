package dk.tegn.intake.crypto.boundary;

import dk.tegn.intake.crypto.control.Reencryption;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every 30 minutes: move what is under an old key to the primary key. Logs counts only. */
@Singleton
public class ReencryptionSchedule {

  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(ReencryptionSchedule.class.getName());

  @Inject Reencryption reencryption;

  @Schedule(minute = "*/30", hour = "*", persistent = false)
  public void reencrypt() {
    int total = 0;
    int moved;
    do {
      moved = reencryption.reencryptBatch(BATCH);
      total += moved;
    } while (moved > 0 && total < 100_000);
    if (total > 0) {
      int count = total;
      LOG.info(() -> "intake re-encryption: " + count + " ciphertext(s) moved to the primary key");
    }
  }
}
