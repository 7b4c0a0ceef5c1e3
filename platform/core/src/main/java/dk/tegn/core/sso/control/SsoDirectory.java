package dk.tegn.core.sso.control;

import dk.tegn.core.sso.entity.SsoProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the sign-in page may know before anyone is signed in: which organisations sign in through
 * their own provider, and whose provider an e-mail address belongs to. Nothing else of a provider
 * leaves here.
 */
@ApplicationScoped
public class SsoDirectory {

  /** An organisation that offers single sign-on, as the sign-in page names it. */
  public record Offer(String organisationCode, String organisationName) {}

  @PersistenceContext EntityManager em;

  public List<Offer> offers() {
    return em.createNamedQuery("SsoProvider.listEnabled", SsoProvider.class)
        .setMaxResults(200)
        .getResultStream()
        .map(SsoDirectory::offer)
        .toList();
  }

  /** The enabled provider of the organisation with this code. */
  public Optional<SsoProvider> byOrganisation(String code) {
    return em.createNamedQuery("SsoProvider.findByOrganisationCode", SsoProvider.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(SsoProvider::isEnabled)
        .findFirst();
  }

  /** The offer for the domain of {@code email}, if an organisation claimed it. */
  public Optional<Offer> forEmail(String email) {
    int at = email == null ? -1 : email.lastIndexOf('@');
    if (at < 0 || at == email.length() - 1) {
      return Optional.empty();
    }
    String domain = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    if (domain.contains(",") || domain.contains("%") || domain.contains("_")) {
      return Optional.empty();
    }
    return em.createNamedQuery("SsoProvider.findEnabledByDomain", SsoProvider.class)
        .setParameter("domain", "%," + domain + ",%")
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(SsoDirectory::offer);
  }

  private static Offer offer(SsoProvider p) {
    return new Offer(p.getOrganisation().getCode(), p.getOrganisation().getName());
  }
}
