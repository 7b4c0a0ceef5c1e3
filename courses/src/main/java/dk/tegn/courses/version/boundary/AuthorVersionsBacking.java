package dk.tegn.courses.version.boundary;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.CoursesNavigation;
import dk.tegn.courses.content.boundary.CourseText;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.entity.UntranslatedText;
import dk.tegn.courses.version.control.Publishing;
import dk.tegn.courses.version.entity.Change;
import dk.tegn.courses.version.entity.CourseVersion;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.VersionDiff;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Backs /courses/author/versions.xhtml?id=: what would change if the draft were published now,
 * publishing (optionally making everyone restart), and the history of versions. View scoped for the
 * course id: the publish postback carries no view parameters, yet the form's rendered conditions
 * read the pending changes before any form value arrives. The history is read once per request.
 */
@Named
@ViewScoped
public class AuthorVersionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 100;
  private static final String HISTORY = "courses.author.versions.history";
  private static final String GAPS = "courses.author.versions.gaps";

  @Inject Publishing publishing;
  @Inject CourseAuthoring authoring;
  @Inject CourseText courseText;

  private long id;
  private String note;
  private boolean everyoneRestarts;
  private boolean recomplete;
  private String recompletionReason;
  private boolean publishWithGaps;

  /** Texts of one language still missing or made from an older original. */
  public record Gap(String language, long missing, long outdated) implements Serializable {}

  /** Without a course id (the language switch reloads without parameters): the course list. */
  public String load() {
    return id == 0 ? CoursesNavigation.AUTHORING + "?faces-redirect=true" : null;
  }

  public String publish() {
    try {
      if (recomplete && (recompletionReason == null || recompletionReason.isBlank())) {
        CoursesFaces.message(
            "publish:reason",
            FacesMessage.SEVERITY_ERROR,
            "courses_author_versions.reasonRequired");
        FacesContext.getCurrentInstance().validationFailed();
        return null;
      }
      if (!publishWithGaps && !getGaps().isEmpty()) {
        CoursesFaces.message(
            "publish:withGaps", FacesMessage.SEVERITY_ERROR, "courses_author_versions.gapsConfirm");
        FacesContext.getCurrentInstance().validationFailed();
        return null;
      }
      CourseVersion version =
          publishing.publish(id, note, everyoneRestarts, recomplete ? recompletionReason : null);
      CoursesFaces.info("courses_author_versions.published", version.getNumber());
      return "/courses/author/versions.xhtml?faces-redirect=true&id=" + id;
    } catch (RuleViolationException refused) {
      CoursesFaces.error("publish:note", refused);
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  public List<CourseVersion> getHistory() {
    return (List<CourseVersion>)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .computeIfAbsent(HISTORY, k -> publishing.history(id, 0, SHOWN));
  }

  /** Per language, what is not translated yet: publishing says so before it goes ahead. */
  @SuppressWarnings("unchecked")
  public List<Gap> getGaps() {
    return (List<Gap>)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .computeIfAbsent(GAPS, k -> gaps(authoring.untranslated(id)));
  }

  static List<Gap> gaps(List<UntranslatedText> untranslated) {
    Map<String, List<UntranslatedText>> byLanguage =
        untranslated.stream()
            .collect(
                Collectors.groupingBy(
                    UntranslatedText::language, TreeMap::new, Collectors.toList()));
    return byLanguage.entrySet().stream()
        .map(
            e -> {
              long outdated = e.getValue().stream().filter(UntranslatedText::outdated).count();
              return new Gap(e.getKey(), e.getValue().size() - outdated, outdated);
            })
        .toList();
  }

  public boolean isPublishWithGaps() {
    return publishWithGaps;
  }

  public void setPublishWithGaps(boolean publishWithGaps) {
    this.publishWithGaps = publishWithGaps;
  }

  /** Changes of the draft against the latest version: what publishing now would bring. */
  public List<Change> getPending() {
    PublishedCourse draft = authoring.preview(id);
    List<CourseVersion> versions = getHistory();
    return VersionDiff.between(versions.isEmpty() ? null : versions.get(0).course(), draft);
  }

  public String getTitle() {
    return courseText.of(authoring.draft(id).getTitle());
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isRecomplete() {
    return recomplete;
  }

  public void setRecomplete(boolean recomplete) {
    this.recomplete = recomplete;
  }

  public String getRecompletionReason() {
    return recompletionReason;
  }

  public void setRecompletionReason(String recompletionReason) {
    this.recompletionReason = recompletionReason;
  }

  public boolean isEveryoneRestarts() {
    return everyoneRestarts;
  }

  public void setEveryoneRestarts(boolean everyoneRestarts) {
    this.everyoneRestarts = everyoneRestarts;
  }
}
