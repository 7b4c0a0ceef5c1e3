package dk.tegn.lti.launch.entity;

/** What a resource link opens in Tegn. */
public enum TargetKind {
  COURSE,
  QUIZ
}
