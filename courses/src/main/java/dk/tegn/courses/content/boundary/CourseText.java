package dk.tegn.courses.content.boundary;

import dk.tegn.core.time.ViewerZone;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.content.control.BranchScript;
import dk.tegn.courses.content.control.LessonBlockRenderer;
import dk.tegn.courses.content.control.ReaderLanguage;
import dk.tegn.courses.content.control.SafeMarkdown;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Course content in pages: a translated text in the viewer's language (with the fallback rule:
 * requested, the viewer's organisation's default, da, en) and lesson Markdown as sanitised HTML,
 * the only HTML a course page writes unescaped. Fenced blocks other modules know how to draw (the
 * indicator catalogue) are drawn by the {@link LessonBlockRenderer}s the application has.
 */
@Named
@ApplicationScoped
public class CourseText {

  @Inject ReaderLanguage reader;
  @Inject ViewerZone viewer;
  @Inject @Any Instance<LessonBlockRenderer> blockRenderers;

  public String of(LocalizedText text) {
    return text == null ? "" : text.resolve(CoursesFaces.language(), reader.organisationDefault());
  }

  /** The language the shown text is actually in, for the page's lang attribute. */
  public String languageOf(LocalizedText text) {
    String wanted = CoursesFaces.language();
    if (text == null || text.has(wanted)) {
      return wanted;
    }
    for (String language : ContentLanguages.fallbackOrder(wanted, reader.organisationDefault())) {
      if (text.has(language)) {
        return language;
      }
    }
    return wanted;
  }

  /**
   * A date (LocalDate, or an Instant as its day in the viewer's time zone) in the viewer's
   * language.
   */
  public String date(Object value) {
    LocalDate date =
        value instanceof Instant instant
            ? LocalDate.ofInstant(instant, viewer.zone())
            : (LocalDate) value;
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(CoursesFaces.locale())
            .format(date);
  }

  public String html(PublishedItem item, String field) {
    LocalizedText text = item.text(TextField.valueOf(field));
    return markdown(of(text), languageOf(text));
  }

  /**
   * The branching script of a scenario in the viewer's language, for the trainer's outline of all
   * steps; null for a lesson or a plain scenario.
   */
  public BranchScript.Branch branch(PublishedItem item) {
    return item.kind() == dk.tegn.courses.course.entity.ItemKind.SCENARIO
        ? BranchScript.of(of(item.text(TextField.QUESTION)))
        : null;
  }

  /** Markdown written in {@code language}, as a trainee would see it. */
  public String markdown(String markdown, String language) {
    List<LessonBlockRenderer> blocks = blockRenderers.stream().toList();
    return SafeMarkdown.toHtml(
        markdown, CoursesFaces.contextPath() + "/courses/files/", language, blocks);
  }
}
