package dk.tegn.courses.xapi.entity;

/** How a trainee is named in the statements of an organisation. */
public enum ActorNaming {
  /** A random id per account that only Tegn can link to the person (the default). */
  PSEUDONYM,
  /** The account's username, for an organisation whose LRS must match its own directory. */
  USERNAME
}
