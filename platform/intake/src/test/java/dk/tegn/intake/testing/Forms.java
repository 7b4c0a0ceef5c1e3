package dk.tegn.intake.testing;

import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.ChildNotification;
import dk.tegn.intake.referral.entity.ConsentAnswer;
import dk.tegn.intake.referral.entity.ExploitationForm;
import dk.tegn.intake.referral.entity.Gender;
import dk.tegn.intake.referral.entity.Profession;
import dk.tegn.intake.referral.entity.ReferralForm;
import dk.tegn.intake.referral.entity.Region;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Referral forms as the demo journey fills them in. */
public final class Forms {

  public static final String NAME = "Ioana Zămfirescu";
  public static final String NARRATIVE = "Met at the massage clinic on Vesterbrogade; bruises";

  private Forms() {}

  public static String key() {
    return UUID.randomUUID().toString();
  }

  /** An adult woman who consents, with several indicators. */
  public static ReferralForm adultWoman(String key, ConsentAnswer consent) {
    return new ReferralForm(
        key,
        LocalDate.now().minusDays(2),
        "Massage clinic, Vesterbrogade 12",
        Region.HOVEDSTADEN,
        NAME,
        AgeCategory.ADULT,
        24,
        Gender.WOMAN,
        "RO",
        "Romanian, some English",
        true,
        "Via the referrer only: her phone is checked",
        ExploitationForm.SEXUAL,
        Map.of(
            "documents-confiscated", Answer.OBSERVED,
            "excessive-hours", Answer.OBSERVED,
            "low-or-no-pay", Answer.OBSERVED,
            "deceived-nature-of-job", Answer.UNKNOWN),
        NARRATIVE,
        false,
        false,
        consent,
        Profession.POLICE,
        "+45 1234 5678 (day shift)",
        null);
  }

  /** A 16-year-old boy, consent not asked; optionally in immediate danger. */
  public static ReferralForm boy16(String key, boolean danger) {
    return new ReferralForm(
        key,
        LocalDate.now(),
        "Train station",
        Region.SYDDANMARK,
        "Andrei",
        AgeCategory.UNKNOWN,
        16,
        Gender.MAN,
        null,
        "Romanian",
        true,
        null,
        ExploitationForm.FORCED_CRIMINALITY,
        Map.of("forced-criminal-activity", Answer.OBSERVED, "threats", Answer.OBSERVED),
        "Says he must steal a quota every day",
        danger,
        danger,
        null,
        Profession.POLICE,
        null,
        ChildNotification.NOTIFIED);
  }
}
