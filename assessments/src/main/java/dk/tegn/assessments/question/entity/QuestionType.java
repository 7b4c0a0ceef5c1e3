package dk.tegn.assessments.question.entity;

/** The kinds of question a bank holds; {@link #fileName()} is the name used in bank files. */
public enum QuestionType {
  SINGLE_CHOICE,
  MULTIPLE_RESPONSE,
  TRUE_FALSE,
  MATCHING,
  ORDERING,
  NUMERIC,
  SCENARIO;

  /** "single-choice" for SINGLE_CHOICE: easier to hand-write than the constant. */
  public String fileName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static QuestionType fromFileName(String name) {
    for (QuestionType t : values()) {
      if (t.fileName().equals(name)) {
        return t;
      }
    }
    throw new ContentRuleException("type.unknown", name);
  }

  /** Types whose trainees pick among choices, so per-choice frequencies make sense. */
  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTIPLE_RESPONSE || this == TRUE_FALSE;
  }
}
