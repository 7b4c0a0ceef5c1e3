package dk.tegn.intake.referral.entity;

import dk.tegn.i18n.LocalizedText;
import dk.tegn.intake.catalogue.entity.ScreeningResult;
import java.io.Serializable;

/**
 * What submitting the form would do, shown in the summary before submission: what kind of referral
 * it becomes, which team receives it and how urgently.
 */
public record Preview(
    ReferralKind kind,
    AgeCategory effectiveAge,
    ScreeningResult screening,
    LocalizedText teamName,
    Priority priority)
    implements Serializable {}
