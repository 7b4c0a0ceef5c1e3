package dk.tegn.coordination.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.coordination.coordinator.control.CohortCsv;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortCsvTest {

  private static CohortCsv.Parsed parse(String text) {
    return CohortCsv.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyBadRowIsReportedWithItsLineNumberAndReason() {
    CohortCsv.Parsed parsed =
        parse(
            "name,email,cohort\n"
                + "Åse Ærø,aase@politi.dk,Hold A\n"
                + ",nobody@politi.dk,Hold A\n"
                + "Bo,not-an-address,Hold A\n"
                + "Cai,cai@politi.dk\n"
                + "Åse Ærø,AASE@politi.dk,Hold A\n"
                + "Dan,dan@politi.dk,\n");
    assertEquals(1, parsed.rows().size());
    assertEquals(2, parsed.rows().get(0).line());
    assertEquals(
        List.of(3L, 4L, 5L, 6L, 7L),
        parsed.problems().stream().map(CohortCsv.Problem::line).toList());
    assertEquals(
        List.of(
            "coordination_import.reason.nameMissing",
            "coordination_import.reason.emailInvalid",
            "coordination_import.reason.columns",
            "coordination_import.reason.duplicate",
            "coordination_import.reason.cohortMissing"),
        parsed.problems().stream().map(CohortCsv.Problem::reason).toList());
  }

  @Test
  void semicolonFilesWithQuotedFieldsAndAByteOrderMarkAreRead() {
    CohortCsv.Parsed parsed =
        parse("\uFEFFnavn;e-mail;hold\n\"Hansen; Ib\";ib@politi.dk;\"Hold \"\"B\"\"\"\n");
    assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
    assertEquals("Hansen; Ib", parsed.rows().get(0).name());
    assertEquals("Hold \"B\"", parsed.rows().get(0).cohort());
  }

  @Test
  void aLineBreakInsideQuotesKeepsTheLineNumbersOfLaterRowsRight() {
    CohortCsv.Parsed parsed =
        parse("\"Ib\nIbsen\",ib@politi.dk,Hold A\r\nBo,not-an-address,Hold A\r\n");
    assertEquals("Ib\nIbsen", parsed.rows().get(0).name());
    assertEquals(3, parsed.problems().get(0).line());
  }

  @Test
  void aFileThatIsNotUtf8OrIsEmptyIsRefusedAsAWhole() {
    assertEquals(
        "coordination_import.reason.notUtf8",
        CohortCsv.parse(new byte[] {(byte) 0xC3, (byte) 0x28}).problems().get(0).reason());
    assertEquals("coordination_import.reason.empty", parse("\n\n").problems().get(0).reason());
  }

  @Test
  void anUnclosedQuoteIsReportedNotThrown() {
    CohortCsv.Parsed parsed = parse("Ib,ib@politi.dk,Hold A\n\"Bo,bo@politi.dk,Hold A\n");
    assertEquals("coordination_import.reason.malformed", parsed.problems().get(0).reason());
    assertEquals(2, parsed.problems().get(0).line());
    assertEquals(1, parsed.rows().size());
  }

  @Test
  void blankLinesAndSpacesAroundQuotedFieldsDoNotShiftLineNumbers() {
    CohortCsv.Parsed parsed =
        parse("Ib,ib@politi.dk,Hold A\n\n  \"Bo\" , bo@politi.dk ,Hold A\nCai,nope,Hold A\n");
    assertTrue(parsed.rows().stream().anyMatch(r -> r.name().equals("Bo") && r.line() == 3));
    assertEquals(4, parsed.problems().get(0).line());
  }
}
