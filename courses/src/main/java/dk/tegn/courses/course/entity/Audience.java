package dk.tegn.courses.course.entity;

/** The frontline professions a course is written for. */
public enum Audience {
  POLICE,
  EMBASSY_CONSULAR,
  HEALTH,
  SOCIAL_WORK,
  LABOUR_TAX_INSPECTION,
  NGO_OUTREACH,
  OTHER
}
