package dk.tegn.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.junit.jupiter.api.Test;

class TegnMySqlPlatformTest {

  /**
   * EclipseLink's own MySQL platform reads an IDENTITY id through getGeneratedKeys and leaves that
   * statement open on the pooled connection; Tegn's reads it with SELECT LAST_INSERT_ID().
   */
  @Test
  void theUnitReadsNewIdsWithoutGeneratedKeys() throws Exception {
    assertTrue(new MySQLPlatform().supportsReturnGeneratedKeys(), "EclipseLink's default");
    assertFalse(new TegnMySqlPlatform().supportsReturnGeneratedKeys());
    assertEquals(
        "SELECT LAST_INSERT_ID()",
        new TegnMySqlPlatform().buildSelectQueryForIdentity().getSQLString());
    String unit;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      unit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(
        unit.contains(
            "\"eclipselink.target-database\" value=\"" + TegnMySqlPlatform.class.getName() + "\""),
        unit);
  }
}
