package dk.tegn.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardeningTest {

  @Test
  void theLauncherCarriesProductionsHardeningTheSingleInstanceAndNoDataGridCommands() {
    List<String> commands = Hardening.commands();
    assertTrue(
        commands.stream().anyMatch(c -> c.endsWith(".errorReportValve=")), commands.toString());
    assertTrue(
        commands.stream().anyMatch(c -> c.endsWith(".server-header=false")), commands.toString());
    assertTrue(
        commands.stream().anyMatch(c -> c.endsWith(".availability-enabled=false")),
        commands.toString());
    // one instance, no data grid (and so no timer store in it: every @Schedule is non-persistent)
    assertTrue(
        commands.contains(
            "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false"),
        commands.toString());
    assertTrue(
        commands.stream().anyMatch(c -> c.endsWith(".ejb-timer-service=Dummy")),
        commands.toString());
    assertTrue(commands.stream().allMatch(c -> c.startsWith("set ")), commands.toString());
  }
}
