package dk.tegn.web.privacy.boundary;

import dk.tegn.core.account.control.AccountAdministration;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.privacy.Declaration;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.control.Erasures;
import dk.tegn.core.privacy.control.RetentionPolicies;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import dk.tegn.web.privacy.control.DataArchive;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs /admin/privacy.xhtml: the records of processing (GDPR art. 30), every module's declaration
 * in Danish and English side by side, and the retention rule of each organisation the administrator
 * administers.
 */
@Named
@ViewScoped
public class AdminPrivacyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Erasures erasures;
  @Inject RetentionPolicies retention;
  @Inject AccountAdministration administration;
  @Inject FacesMessages messages;

  private List<Organisation> organisations;
  private final Map<Long, Integer> months = new HashMap<>();

  @PostConstruct
  void init() {
    organisations = administration.manageableOrganisations();
    organisations.forEach(o -> months.put(o.getId(), retention.inactiveMonths(o.getId())));
  }

  public List<Declaration> getDeclarations() {
    return erasures.providers().stream().map(PrivacyProvider::declaration).toList();
  }

  public String text(Declaration declaration, String language, String part) {
    return DataArchive.declared(declaration, Locale.forLanguageTag(language), part);
  }

  public List<String> getLanguages() {
    return DataArchive.LANGUAGES;
  }

  public void save(Organisation organisation) {
    try {
      retention.setInactiveMonths(organisation.getId(), months.get(organisation.getId()));
      messages.info(Messages.PLATFORM, "privacy_admin.saved", organisation.getName());
    } catch (RuleViolationException rule) {
      messages.error(null, rule);
    }
  }

  public List<Organisation> getOrganisations() {
    return organisations;
  }

  public Map<Long, Integer> getMonths() {
    return months;
  }
}
