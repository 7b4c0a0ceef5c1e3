package dk.tegn.intake.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.tegn.core.account.Role;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.intake.crypto.control.Reencryption;
import dk.tegn.intake.crypto.entity.ReencryptionBatch;
import dk.tegn.intake.referral.entity.Referral;
import dk.tegn.intake.referral.entity.ReferralAction;
import dk.tegn.intake.referral.entity.ReferralDetails;
import dk.tegn.intake.referral.entity.SealedField;
import dk.tegn.intake.referral.entity.Transition;
import dk.tegn.intake.referral.entity.TransitionRequest;
import dk.tegn.intake.testing.Forms;
import dk.tegn.intake.testing.IntakeHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReencryptionTest {

  @Test
  void afterRotationTheJobMovesEveryCiphertextToTheNewKeyAndDetailsStillRead(@TempDir Path dir) {
    IntakeHarness h = new IntakeHarness();
    Path file = dir.resolve("keyset.json");
    h.keysIn(file);
    TestCaller cadet = h.account("cadet", h.school, Role.TRAINEE);
    TestCaller officer = h.account("officer", h.centre, Role.INTAKE_OFFICER);
    h.join(officer, "women");
    long id = h.referWoman(cadet);
    h.as(
        officer,
        s ->
            s.cases()
                .transition(id, TransitionRequest.of(ReferralAction.TRIAGE).withComment("note")));
    long oldKey = h.keys.cipher().primaryKeyId();

    long newKey = h.keys.rotate();
    assertNotEquals(oldKey, newKey);
    assertEquals(
        Forms.NAME,
        h.as(officer, s -> s.cases().details(id)).field(SealedField.PERSON_NAME),
        "old ciphertexts stay readable after rotation");

    ReencryptionBatch batch = ReencryptionBatch.start();
    int moved = 0;
    while (batch.more()) {
      ReencryptionBatch after = batch;
      batch = h.as(officer, s -> s.get(Reencryption.class).reencrypt(after, 1));
      moved += batch.moved();
      assertEquals(0, batch.failed());
    }
    assertEquals(2, moved, "the referral's fields and the triage comment");

    Referral r =
        h.inTransaction(
            em -> {
              Referral found = em.find(Referral.class, id);
              found.getTransitions().size();
              return found;
            });
    assertEquals(newKey, r.getKeyId());
    Transition triage = r.getTransitions().get(1);
    assertEquals(newKey, triage.getKeyId());
    ReferralDetails d = h.as(officer, s -> s.cases().details(id));
    assertEquals(Forms.NAME, d.field(SealedField.PERSON_NAME));
    assertEquals("note", d.history().get(1).comment());
  }
}
