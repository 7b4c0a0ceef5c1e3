package dk.tegn.courses.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/**
 * Which failed writes mean "a twin request enrolled this person a moment ago" (the race itself runs
 * on Payara in CourseIT, where transactions of their own exist).
 */
class SelfEnrolmentsTest {

  @Test
  void aUniqueRuleAtAnyDepthIsALostRaceAndNothingElseIs() {
    SQLException duplicate =
        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);
    assertTrue(
        SelfEnrolments.lostToTwin(
            new RuntimeException(new PersistenceException(new RuntimeException(duplicate)))));
    assertFalse(
        SelfEnrolments.lostToTwin(
            new PersistenceException(new SQLException("Lock wait timeout", "HY000", 1205))));
    assertFalse(SelfEnrolments.lostToTwin(new IllegalStateException("no cause")));
  }
}
