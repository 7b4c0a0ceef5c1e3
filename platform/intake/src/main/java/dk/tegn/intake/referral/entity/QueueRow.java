package dk.tegn.intake.referral.entity;

import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a team's queue: no identifying field, so listing needs no decryption. */
public record QueueRow(
    long id,
    String reference,
    Priority priority,
    ReferralState state,
    ReferralKind kind,
    Instant submittedAt,
    AgeCategory ageCategory,
    Gender gender,
    ExploitationForm exploitationForm,
    ScreeningSignal screeningSignal,
    Long assigneeAccountId,
    LocalDate reflectionEndsOn,
    long teamId) {

  public static QueueRow of(Referral r) {
    return new QueueRow(
        r.getId(),
        r.getReference(),
        r.getPriority(),
        r.getState(),
        r.getKind(),
        r.getSubmittedAt(),
        r.getAgeCategory(),
        r.getGender(),
        r.getExploitationForm(),
        r.getScreeningSignal(),
        r.getAssigneeAccountId(),
        r.getReflectionEndsOn(),
        r.getTeamId());
  }
}
