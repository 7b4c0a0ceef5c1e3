package dk.tegn.courses.catalogue.boundary;

import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.catalogue.control.Catalogue;
import dk.tegn.courses.catalogue.control.CatalogueEntry;
import dk.tegn.courses.content.boundary.CourseText;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.i18n.ContentLanguages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Backs /courses/learn/catalogue.xhtml. The filters are plain query parameters (audience, lang, q),
 * so a filtered catalogue can be bookmarked; enrolling is a post that lands in the player. View
 * scoped so that a post-back finds the same filtered list the page showed.
 */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PLAYER = "/courses/learn/player.xhtml";

  @Inject Catalogue catalogue;
  @Inject CourseText text;

  private String audience;
  private String lang;
  private String q;
  private transient List<CatalogueEntry> courses;

  /** The offered courses that pass the filters; the search is in the reader's language. */
  public List<CatalogueEntry> getCourses() {
    if (courses == null) {
      String needle = q == null ? "" : q.strip().toLowerCase(CoursesFaces.locale());
      courses =
          catalogue.offered().stream()
              .filter(c -> audience == null || audience.isBlank() || hasAudience(c))
              .filter(c -> lang == null || lang.isBlank() || c.languages().contains(lang))
              .filter(c -> needle.isEmpty() || matches(c, needle, CoursesFaces.locale()))
              .toList();
    }
    return courses;
  }

  private boolean hasAudience(CatalogueEntry c) {
    return c.audiences().stream().anyMatch(a -> a.name().equals(audience));
  }

  private boolean matches(CatalogueEntry c, String needle, Locale locale) {
    return (text.of(c.title()) + "\n" + text.of(c.summary())).toLowerCase(locale).contains(needle);
  }

  /** Enrols the caller in the course named by the request parameter and opens the player. */
  public String enrol() {
    String course =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("course");
    try {
      long courseId = Long.parseLong(course == null ? "" : course.strip());
      catalogue.enrol(courseId);
      return PLAYER + "?faces-redirect=true&course=" + courseId;
    } catch (NumberFormatException | RecordNotFoundException unknown) {
      CoursesFaces.message(null, FacesMessage.SEVERITY_ERROR, "courses_catalogue.unknown");
    } catch (RuleViolationException refused) {
      CoursesFaces.error(null, refused);
    }
    courses = null;
    return null;
  }

  public Audience[] getAudienceChoices() {
    return Audience.values();
  }

  public List<String> getLanguageChoices() {
    return ContentLanguages.SUPPORTED;
  }

  public boolean isFiltered() {
    return !(isBlank(audience) && isBlank(lang) && isBlank(q));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
    courses = null;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
    courses = null;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
    courses = null;
  }
}
