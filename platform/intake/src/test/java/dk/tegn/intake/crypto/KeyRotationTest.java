package dk.tegn.intake.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.audit.Outcome;
import dk.tegn.core.audit.entity.AuditEntry;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.intake.crypto.boundary.KeyRotationResource;
import dk.tegn.intake.crypto.control.KeyRing;
import dk.tegn.intake.crypto.control.Keysets;
import dk.tegn.intake.referral.entity.ReferralDetails;
import dk.tegn.intake.referral.entity.SealedField;
import dk.tegn.intake.testing.Forms;
import dk.tegn.intake.testing.IntakeHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRotationTest {

  @Test
  void centreAdminRotatesTheKeyAuditedAndOlderDetailsStillRead(@TempDir Path dir) {
    IntakeHarness h = new IntakeHarness();
    Path file = dir.resolve("keyset.json");
    h.keysIn(file);
    long before = h.keys.cipher().primaryKeyId();
    TestCaller admin = h.account("admin", h.centre, Role.ADMIN);
    TestCaller cadet = h.account("cadet", h.school, Role.TRAINEE);
    TestCaller officer = h.account("officer", h.centre, Role.INTAKE_OFFICER);
    h.join(officer, "women");
    long id = h.referWoman(cadet);

    long rotated = h.as(admin, s -> s.get(KeyRotationResource.class).rotate().primaryKeyId());

    assertNotEquals(before, rotated);
    assertEquals(rotated, h.keys.cipher().primaryKeyId());
    assertEquals(rotated, KeyRing.of(Keysets.read(file), file).cipher().primaryKeyId(), "kept");
    List<AuditEntry> audit = h.audit("itk_keyset", rotated);
    assertEquals(1, audit.size());
    assertEquals(admin.id(), audit.get(0).getActorAccountId());
    assertEquals(Outcome.ALLOWED, audit.get(0).getOutcome());
    ReferralDetails details = h.as(officer, s -> s.cases().details(id));
    assertEquals(Forms.NAME, details.field(SealedField.PERSON_NAME), "sealed under the old key");
  }

  @Test
  void onlyAnAdminOfTheCentreMayRotateAndEveryRefusalIsAudited(@TempDir Path dir) {
    IntakeHarness h = new IntakeHarness();
    Path file = dir.resolve("keyset.json");
    h.keysIn(file);
    long before = h.keys.cipher().primaryKeyId();
    for (TestCaller refused :
        List.of(
            h.account("schooladmin", h.school, Role.ADMIN),
            h.account("coordinator", h.centre, Role.COORDINATOR),
            h.account("officer", h.centre, Role.INTAKE_OFFICER),
            h.account("cadet", h.school, Role.TRAINEE))) {
      assertThrows(
          AccessDeniedException.class,
          () -> h.as(refused, s -> s.get(KeyRotationResource.class).rotate()));
      List<AuditEntry> refusals =
          h.inTransaction(
              em ->
                  em.createNamedQuery("AuditEntry.findByAction", AuditEntry.class)
                      .setParameter("action", "intake.keys.rotate")
                      .setMaxResults(100)
                      .getResultList());
      assertTrue(
          refusals.stream()
              .anyMatch(
                  e ->
                      refused.id().equals(e.getActorAccountId())
                          && e.getOutcome() == Outcome.REFUSED),
          refused.username());
    }
    assertEquals(before, h.keys.cipher().primaryKeyId());
  }

  @Test
  void aKeysetFromConfigurationIsRotatedWhereItIsKept() {
    IntakeHarness h = new IntakeHarness();
    h.keys = KeyRing.of(Keysets.generate(), null);
    TestCaller admin = h.account("admin", h.centre, Role.ADMIN);
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> h.as(admin, s -> s.get(KeyRotationResource.class).rotate()));
    assertEquals("intake.keys.rotate.configured", refused.messageKey());
  }
}
