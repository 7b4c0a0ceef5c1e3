package dk.tegn.web.privacy.boundary;

import dk.tegn.core.faces.FacesMessages;
import dk.tegn.core.privacy.Declaration;
import dk.tegn.core.privacy.ErasureStatus;
import dk.tegn.core.privacy.Person;
import dk.tegn.core.privacy.PrivacyProvider;
import dk.tegn.core.privacy.control.DataSubjectRequests;
import dk.tegn.core.privacy.control.Erasures;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.i18n.Messages;
import dk.tegn.web.privacy.control.DataArchive;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * Backs /admin/person-data.xhtml?account=: an administrator of the person's organisation downloads
 * the person's data, or erases it after a confirmation that names, module by module, what goes and
 * what stays anonymised; then sees the erasure's steps.
 */
@Named
@ViewScoped
public class AdminPersonDataBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DataSubjectRequests requests;
  @Inject Erasures erasures;
  @Inject PlatformClock clock;
  @Inject FacesMessages messages;

  private Long account;
  private Person person;
  private List<Part> parts = List.of();
  private boolean confirmed;
  private ErasureStatus erasure;

  /** One module's part of the person's data: what erasure does with it, and how many records. */
  public record Part(Declaration declaration, List<String> counts) implements Serializable {}

  public void load() {
    if (account == null) {
      throw new dk.tegn.core.problem.RecordNotFoundException("account", 0L);
    }
    person = requests.subject(account);
    erasure = requests.erasureOf(account).orElse(null);
    if (erasure == null || !erasure.isComplete()) {
      parts = parts(erasures.export(person));
    }
  }

  private List<Part> parts(Map<String, JsonObject> export) {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<Part> result = new ArrayList<>();
    for (PrivacyProvider provider : erasures.providers()) {
      Declaration declaration = provider.declaration();
      JsonObject data = export.get(declaration.module());
      List<String> counts = new ArrayList<>();
      data.forEach(
          (name, value) ->
              counts.add(
                  Messages.get(
                      Messages.PLATFORM,
                      locale,
                      "privacy_person.count",
                      Messages.get(Messages.PLATFORM, locale, "privacy_archive.part." + name),
                      value instanceof JsonArray rows ? rows.size() : 1)));
      result.add(new Part(declaration, counts));
    }
    return result;
  }

  public StreamedContent download() {
    return Downloads.archive(requests.exportFor(account), erasures, clock);
  }

  public void erase() {
    if (!confirmed) {
      messages.error("erase:confirmed", Messages.PLATFORM, "privacy_person.confirmFirst");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      erasure = requests.erase(account);
      parts = List.of();
      messages.info(Messages.PLATFORM, "privacy_person.erased");
    } catch (RuleViolationException rule) {
      messages.error("erase:confirmed", rule);
    }
  }

  public String text(Declaration declaration, String part) {
    return DataArchive.declared(
        declaration, FacesContext.getCurrentInstance().getViewRoot().getLocale(), part);
  }

  public List<String> getSteps() {
    return erasure == null ? List.of() : erasure.modulesDone();
  }

  public Long getAccount() {
    return account;
  }

  public void setAccount(Long account) {
    this.account = account;
  }

  public Person getPerson() {
    return person;
  }

  public List<Part> getParts() {
    return parts;
  }

  public ErasureStatus getErasure() {
    return erasure;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
