package dk.tegn.intake.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.core.account.Role;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.testing.TestDatabase;
import dk.tegn.intake.referral.entity.ConsentAnswer;
import dk.tegn.intake.statistics.control.ReferralStatistics;
import dk.tegn.intake.statistics.entity.Cell;
import dk.tegn.intake.statistics.entity.SmallCells;
import dk.tegn.intake.statistics.entity.StatisticsDimension;
import dk.tegn.intake.statistics.entity.StatisticsReport;
import dk.tegn.intake.statistics.entity.StatisticsTable;
import dk.tegn.intake.testing.Forms;
import dk.tegn.intake.testing.IntakeHarness;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferralStatisticsTest {

  @Test
  void cellsUnderFiveAreSuppressedAndALoneSmallCellTakesTheNextSmallestWithIt() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("WOMAN", 40L);
    counts.put("MAN", 7L);
    counts.put("OTHER", 2L);
    List<Cell> cells = SmallCells.suppress(counts);
    assertEquals(List.of("MAN", "OTHER", "WOMAN"), cells.stream().map(Cell::value).toList());
    assertNull(cells.get(0).count(), "MAN hidden too, or 49 - 40 - 7 would reveal OTHER");
    assertNull(cells.get(1).count());
    assertEquals("<5", cells.get(1).shown());
    assertEquals(40L, cells.get(2).count());
    assertTrue(SmallCells.suppress(Map.of("A", 3L, "B", 1L)).stream().allMatch(Cell::suppressed));
    assertFalse(SmallCells.suppress(Map.of("A", 5L)).get(0).suppressed());
  }

  @Test
  void onlyCoordinatorsOfTheCentreSeeStatisticsAndTheySeeNoSmallCounts() throws Exception {
    IntakeHarness h = new IntakeHarness();
    TestCaller cadet = h.account("cadet", h.school, Role.TRAINEE);
    TestCaller national = h.account("coordinator", h.centre, Role.COORDINATOR);
    TestCaller local = h.account("school-coordinator", h.school, Role.COORDINATOR);
    TestCaller officer = h.account("officer", h.centre, Role.INTAKE_OFFICER);
    // a month of its own, so other tests' referrals do not change the counts
    YearMonth month = YearMonth.of(2001, 1 + (int) (Math.abs(h.suffix.hashCode()) % 12));
    for (int i = 0; i < 6; i++) {
      h.as(cadet, s -> s.submission().submit(Forms.adultWoman(Forms.key(), ConsentAnswer.GIVEN)));
    }
    h.as(cadet, s -> s.submission().submit(Forms.boy16(Forms.key(), false)));
    try (Connection c = TestDatabase.dataSource().getConnection();
        PreparedStatement move =
            c.prepareStatement(
                "UPDATE itk_referral SET submitted_at = ? WHERE referrer_account_id = ?")) {
      move.setString(1, month.atDay(10) + " 12:00:00");
      move.setLong(2, cadet.id());
      assertEquals(7, move.executeUpdate());
    }
    for (TestCaller refused : List.of(cadet, local, officer)) {
      assertThrows(
          AccessDeniedException.class,
          () -> h.as(refused, s -> s.get(ReferralStatistics.class).overview(month, month)));
    }
    StatisticsReport report =
        h.as(national, s -> s.get(ReferralStatistics.class).overview(month, month));
    StatisticsTable gender = report.table(StatisticsDimension.GENDER);
    assertEquals(7L, gender.total().count());
    assertEquals(
        List.of(new Cell("MAN", null), new Cell("WOMAN", null)),
        gender.cells(),
        "6 women would reveal 1 man through the total");
    StatisticsTable months = report.table(StatisticsDimension.MONTH);
    assertEquals(List.of(new Cell(month.toString(), 7L)), months.cells());
    assertEquals(
        List.of(new Cell("RO", null), new Cell("UNKNOWN", null)),
        report.table(StatisticsDimension.NATIONALITY).cells(),
        "one unknown nationality would be revealed by RO's 6 and the total");
    assertEquals(List.of(new Cell("OPEN", 7L)), report.table(StatisticsDimension.OUTCOME).cells());
    String csv =
        new String(report.csv(java.util.Locale.ENGLISH), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFdimension,value,count\r\n"));
    String danish =
        new String(
            report.csv(java.util.Locale.forLanguageTag("da")),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(danish.startsWith("\uFEFFdimension;value;count\r\n"), "semicolons for Danish Excel");
    assertTrue(csv.contains("GENDER,MAN,<5\r\n"));
    assertTrue(csv.contains("MONTH," + month + ",7\r\n"));
  }
}
