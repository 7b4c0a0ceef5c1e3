package dk.tegn.web.startup;

import org.eclipse.persistence.platform.database.MySQLPlatform;

/**
 * EclipseLink's MySQL platform (persistence.xml's {@code eclipselink.target-database}) without
 * JDBC's generated keys: a new row's IDENTITY id is read with {@code SELECT LAST_INSERT_ID()} on
 * the same connection instead. EclipseLink 4.0.7 (Payara 6.2025.10) never closes the statement of
 * an insert whose key it read from {@code getGeneratedKeys()} (eclipse-ee4j/eclipselink#2366, fixed
 * after it): each stayed open on its pooled connection, which lives for days, with its bound
 * values, about 4.3 KB each. Every attempt drawn was one (1,118 open {@code INSERT INTO
 * asm_attempt} after 1,100 trainees had prepared one, ops/BENCHMARKS.md §3.ab), as is every other
 * IDENTITY insert. One more statement per such insert, none on the answer save.
 */
public class TegnMySqlPlatform extends MySQLPlatform {

  private static final long serialVersionUID = 1L;

  public TegnMySqlPlatform() {
    setSupportsReturnGeneratedKeys(false);
  }
}
