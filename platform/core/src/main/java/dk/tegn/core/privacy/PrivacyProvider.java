package dk.tegn.core.privacy;

import jakarta.json.JsonObject;

/**
 * What one module holds about people, and how it hands over and erases one person's part. Every
 * module has one (a CDI bean); {@code PrivacyCoverageTest} fails when an entity with a personal
 * field is in no provider's declaration. A provider reads and changes only its own module's tables.
 *
 * <p>{@link #declaration()} must not need the container: the coverage test and the records of
 * processing read it from a plain instance.
 */
public interface PrivacyProvider {

  /** The tables and fields, purpose, legal basis and retention: fixed facts, for art. 30. */
  Declaration declaration();

  /**
   * Everything this module holds about the person, as JSON: each member an array of records or an
   * object. Only what the person may see (a referrer sees the status of a referral, not its case).
   */
  JsonObject export(Person person);

  /**
   * Erases or anonymises the person's part, so that counts other people rely on (completion,
   * question statistics) stay right. Runs in the caller's transaction; must be harmless to run
   * again.
   */
  void erase(Person person);

  /** Erasure order, ascending: core goes last, because the others may read the account first. */
  default int order() {
    return 100;
  }
}
