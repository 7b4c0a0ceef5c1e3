package dk.tegn.courses.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a refusal's audit line says: status and code, the refused fields' names, no values. */
class StatementsRefusalAuditTest {

  @Test
  void namesTheErrorCodeAndTheRefusedFieldsButNotTheirValues() {
    assertEquals(
        " invalid limit,after",
        StatementsRefusalAudit.detail(
            "{\"error\":\"invalid\",\"message\":\"The request has invalid fields.\",\"fields\":"
                + "[{\"field\":\"limit\",\"message\":\"9999 is too big\"},"
                + "{\"field\":\"after\",\"message\":\"-1\"}]}"));
    assertEquals(
        " badRequest",
        StatementsRefusalAudit.detail("{\"error\":\"badRequest\",\"message\":\"x\"}"));
  }

  @Test
  void anAnswerThatIsNoJsonErrorAddsNothing() {
    assertEquals("", StatementsRefusalAudit.detail(null));
    assertEquals("", StatementsRefusalAudit.detail("<html>403</html>"));
    assertEquals("", StatementsRefusalAudit.detail("{\"error\":"));
    assertEquals("", StatementsRefusalAudit.detail(new byte[] {1, 2}));
    assertEquals(" ?", StatementsRefusalAudit.detail("{\"fields\":\"not a list\"}"));
  }

  @Test
  void aLongListOfFieldsIsCut() {
    String fields = "{\"field\":\"f\"},".repeat(300);
    String detail =
        StatementsRefusalAudit.detail(
            "{\"error\":\"invalid\",\"fields\":["
                + fields.substring(0, fields.length() - 1)
                + "]}");
    assertEquals(200, detail.length());
  }
}
