package dk.tegn.intake.referral.entity;

import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything an officer of the routed team may read about a referral, decrypted. Built only after
 * the access check and the audit record; never logged, never cached.
 *
 * @param fields decrypted identifying and narrative fields by {@link SealedField} name; empty when
 *     anonymous or stripped
 */
public record ReferralDetails(
    long id,
    String reference,
    long version,
    ReferralState state,
    ReferralKind kind,
    Priority priority,
    Instant submittedAt,
    String catalogueVersion,
    AgeCategory ageCategory,
    Gender gender,
    String nationality,
    Region region,
    ExploitationForm exploitationForm,
    Profession profession,
    boolean immediateDanger,
    boolean emergencyCalled,
    boolean interpreterNeeded,
    ScreeningSignal screeningSignal,
    long teamId,
    String routingRuleName,
    Long assigneeAccountId,
    String assigneeName,
    CaseOutcome outcome,
    LocalDate reflectionStartsOn,
    LocalDate reflectionEndsOn,
    Instant closedAt,
    Instant strippedAt,
    String referrerName,
    String referrerEmail,
    String referrerOrganisation,
    Map<String, String> fields,
    Map<String, Answer> answers,
    List<TransitionView> history,
    ChildNotification childNotification)
    implements Serializable {

  public ReferralDetails {
    fields = Map.copyOf(fields);
    answers = Map.copyOf(answers);
    history = List.copyOf(history);
  }

  public String field(SealedField field) {
    return fields.get(field.name());
  }
}
