package dk.tegn.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardeningTest {

  @Test
  void theLauncherCarriesProductionsHardeningAndTheSingleInstanceCommands() {
    List<String> commands = Hardening.commands();
    assertTrue(
        commands.stream().anyMatch(c -> c.endsWith(".errorReportValve=")), commands.toString());
    assertTrue(
        commands.stream().anyMatch(c -> c.endsWith(".server-header=false")), commands.toString());
    assertTrue(
        commands.stream().anyMatch(c -> c.endsWith(".availability-enabled=false")),
        commands.toString());
    assertTrue(commands.stream().allMatch(c -> c.startsWith("set ")), commands.toString());
  }
}
