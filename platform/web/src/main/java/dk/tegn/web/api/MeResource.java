package dk.tegn.web.api;

import dk.tegn.core.account.control.OwnAccount;
import dk.tegn.core.account.entity.Account;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;

/** {@code GET /api/me}: the caller's account, organisation and roles. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** One role held in one organisation. */
  public record RoleView(String role, long organisationId, String organisationCode) {}

  /** The caller as the API shows it. */
  public record MeView(
      long id,
      String username,
      String displayName,
      String email,
      String language,
      long organisationId,
      String organisationCode,
      String organisationName,
      List<RoleView> roles) {}

  @Inject OwnAccount ownAccount;
  @Inject CurrentCaller caller;

  @GET
  public MeView me() {
    Account a = ownAccount.current();
    List<RoleView> roles =
        a.getGrants().stream()
            .map(
                g ->
                    new RoleView(
                        g.getRole().name(),
                        g.getOrganisation().getId(),
                        g.getOrganisation().getCode()))
            .sorted(Comparator.comparing(RoleView::role).thenComparing(RoleView::organisationId))
            .toList();
    return new MeView(
        a.getId(),
        a.getUsername(),
        a.getDisplayName(),
        a.getEmail(),
        a.getLocale(),
        a.getOrganisation().getId(),
        a.getOrganisation().getCode(),
        a.getOrganisation().getName(),
        roles);
  }
}
