package dk.tegn.web.demo;

import dk.tegn.core.account.Role;
import dk.tegn.core.account.control.AccountDirectory;
import dk.tegn.core.account.control.PasswordHasher;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.demo.DemoDataSeeded;
import dk.tegn.core.organisation.entity.Organisation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo organisations and accounts, created at start when {@code tegn.demo.enabled} (the
 * embedded default sets it; an external database only when asked). Idempotent: a restart adds only
 * what is missing, and never resets a password someone changed.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  record DemoOrganisation(String code, String name, boolean national) {}

  record DemoAccount(String username, String displayName, String organisation, List<Role> roles) {}

  static final List<DemoOrganisation> ORGANISATIONS =
      List.of(
          new DemoOrganisation("cmm", "Center mod Menneskehandel", true),
          new DemoOrganisation("police-school", "Politiskolen", false),
          new DemoOrganisation("um", "Udenrigsministeriet", false),
          new DemoOrganisation("embassy-bangkok", "Ambassaden i Bangkok", false),
          new DemoOrganisation("embassy-manila", "Ambassaden i Manila", false),
          new DemoOrganisation("hospital", "Hospitalet (demo)", false));

  static List<DemoAccount> accounts() {
    List<DemoAccount> accounts = new java.util.ArrayList<>();
    accounts.add(new DemoAccount("admin", "Anne Admin", "cmm", List.of(Role.ADMIN)));
    accounts.add(new DemoAccount("trainer", "Troels Underviser", "cmm", List.of(Role.TRAINER)));
    accounts.add(
        new DemoAccount("coordinator", "Karen Koordinator", "cmm", List.of(Role.COORDINATOR)));
    accounts.add(new DemoAccount("intake", "Ida Visitation", "cmm", List.of(Role.INTAKE_OFFICER)));
    accounts.add(
        new DemoAccount("trainee", "Tina Kursist", "police-school", List.of(Role.TRAINEE)));
    for (int i = 1; i <= 20; i++) {
      String n = String.format("%02d", i);
      accounts.add(
          new DemoAccount("cadet" + n, "Kadet " + n, "police-school", List.of(Role.TRAINEE)));
    }
    return accounts;
  }

  @Inject AccountDirectory directory;
  @Inject PasswordHasher hasher;
  @Inject Event<DemoDataSeeded> seeded;

  @Inject
  @ConfigProperty(name = "tegn.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "tegn.demo.password", defaultValue = "tegn-demo")
  String password;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    Map<String, Long> organisations = new LinkedHashMap<>();
    for (DemoOrganisation o : ORGANISATIONS) {
      Organisation organisation =
          directory.ensureOrganisation(o.code(), o.name(), "da", o.national());
      organisations.put(o.code(), organisation.getId());
    }
    Map<String, Long> accountIds = new LinkedHashMap<>();
    int created = 0;
    String hash = null;
    for (DemoAccount a : accounts()) {
      Long id = directory.findByUsername(a.username()).map(Account::getId).orElse(null);
      if (id == null) {
        // one password for every demo login: hashed once (with one salt), not once per login
        hash = hash == null ? hasher.hash(password) : hash;
        id =
            directory
                .createHashed(
                    a.username(),
                    a.displayName(),
                    a.username() + "@demo.tegn.dk",
                    organisations.get(a.organisation()),
                    hash,
                    a.roles())
                .getId();
        created++;
      }
      accountIds.put(a.username(), id);
    }
    int newAccounts = created;
    LOG.info(() -> "demo data ready; " + newAccounts + " demo account(s) created at this start");
    seeded.fire(new DemoDataSeeded(Map.copyOf(organisations), Map.copyOf(accountIds)));
  }
}
