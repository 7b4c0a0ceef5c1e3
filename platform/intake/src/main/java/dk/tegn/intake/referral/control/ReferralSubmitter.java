package dk.tegn.intake.referral.control;

import dk.tegn.intake.referral.entity.ReferralForm;
import dk.tegn.intake.referral.entity.Submitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * The entry point for the form and the API. Two submissions with one idempotency key that race past
 * the check both try to insert; the database's unique key lets one win, and the loser's transaction
 * rolls back. This catches that loser and answers with the winner's reference, in a transaction of
 * its own.
 */
@ApplicationScoped
public class ReferralSubmitter {

  @Inject ReferralSubmission submission;

  public Submitted submit(ReferralForm form) {
    try {
      return submission.submit(form);
    } catch (RuntimeException e) {
      if (duplicateKey(e) && form != null) {
        return submission.submitted(form.idempotencyKey(), form).orElseThrow(() -> e);
      }
      throw e;
    }
  }

  static boolean duplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }
}
