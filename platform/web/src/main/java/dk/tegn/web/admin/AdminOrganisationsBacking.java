package dk.tegn.web.admin;

import dk.tegn.core.account.Role;
import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.organisation.control.Organisations;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs /admin/organisations.xhtml: the organisations the admin administers with their accounts; a
 * national admin adds one; each is renamed and given its default language in its row.
 */
@Named
@ViewScoped
public class AdminOrganisationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Organisations organisations;
  @Inject CurrentCaller caller;
  @Inject FacesMessages messages;

  private List<Organisations.Line> lines;
  private String code;
  private String name;
  private String defaultLocale = "da";
  private boolean national;

  /** The edits of each row, by organisation id: the entity changes only through the service. */
  private final Map<Long, String> names = new HashMap<>();

  private final Map<Long, String> languages = new HashMap<>();

  @PostConstruct
  void init() {
    caller.requireRole(Role.ADMIN);
    reload();
  }

  private void reload() {
    lines = organisations.mine();
    for (Organisations.Line l : lines) {
      names.put(l.organisation().getId(), l.organisation().getName());
      languages.put(l.organisation().getId(), l.organisation().getDefaultLocale());
    }
  }

  public void create() {
    try {
      Organisation o = organisations.create(code, name, defaultLocale, national);
      messages.info(Messages.PLATFORM, "admin_organisations.created", o.getName());
      code = null;
      name = null;
      national = false;
      reload();
    } catch (RuleViolationException e) {
      messages.error("create:code", e);
    }
  }

  public void save(long id) {
    try {
      Organisation o = organisations.update(id, names.get(id), languages.get(id));
      messages.info(Messages.PLATFORM, "admin_organisations.saved", o.getName());
      reload();
    } catch (RuleViolationException e) {
      messages.error(null, e);
    }
  }

  public Map<Long, String> getNames() {
    return names;
  }

  public Map<Long, String> getLanguagesOf() {
    return languages;
  }

  public boolean isNationalAdmin() {
    return caller.isNational(Role.ADMIN);
  }

  public List<String> getLanguages() {
    return Organisations.LANGUAGES;
  }

  public List<Organisations.Line> getLines() {
    return lines;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDefaultLocale() {
    return defaultLocale;
  }

  public void setDefaultLocale(String defaultLocale) {
    this.defaultLocale = defaultLocale;
  }

  public boolean isNational() {
    return national;
  }

  public void setNational(boolean national) {
    this.national = national;
  }
}
