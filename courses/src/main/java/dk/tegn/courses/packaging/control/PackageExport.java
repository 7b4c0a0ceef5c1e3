package dk.tegn.courses.packaging.control;

import dk.tegn.assessments.quiz.control.QuizFacts;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.entity.CoursePackage;
import dk.tegn.courses.upload.entity.Upload;
import dk.tegn.i18n.LocalizedText;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a course draft into a package: texts as Markdown files, uploads the texts show as media
 * files, and the quizzes of its quiz items with every category they draw from as the bank file.
 */
final class PackageExport {

  private static final Pattern UPLOAD = Pattern.compile("\\]\\(upload:([A-Za-z0-9_-]{10,40})");

  private final EntityManager em;
  private final QuizFacts quizFacts;
  private final BiFunction<List<Long>, List<Long>, String> bankExport;
  private final Map<String, String> mediaByUpload = new LinkedHashMap<>();
  private final Map<String, byte[]> media = new TreeMap<>();

  /**
   * @param bankExport the assessments module's export of categories and quizzes (by id)
   */
  PackageExport(
      EntityManager em,
      QuizFacts quizFacts,
      BiFunction<List<Long>, List<Long>, String> bankExport) {
    this.em = em;
    this.quizFacts = quizFacts;
    this.bankExport = bankExport;
  }

  CoursePackage export(Course course) {
    PackageKeys keys = PackageKeys.of(course);
    Set<Long> quizIds = new LinkedHashSet<>();
    Set<Long> categoryIds = new LinkedHashSet<>();
    List<CoursePackage.Module> modules = new ArrayList<>();
    for (CourseModule m : course.getModules()) {
      List<CoursePackage.Item> items = new ArrayList<>();
      for (CourseItem i : m.getItems()) {
        if (i.getKind() == ItemKind.SCORM) {
          // a SCORM package travels as its own zip, uploaded into the course again (PACKAGES.md)
          continue;
        }
        String quiz = null;
        if (i.getKind() == ItemKind.QUIZ && i.getQuizId() != null) {
          QuizFacts.QuizFact q = quizFacts.of(i.getQuizId());
          quiz = q.code();
          quizIds.add(q.id());
          categoryIds.addAll(q.categoryIds());
        }
        Map<TextField, LocalizedText> texts = new EnumMap<>(TextField.class);
        for (TextField field : i.getKind().fields()) {
          if (field != TextField.TITLE) {
            texts.put(field, withMedia(i.text(field)));
          }
        }
        items.add(
            new CoursePackage.Item(
                keys.of(i),
                i.getKind(),
                i.isRequired(),
                i.isMarkDoneRequired(),
                i.getTitle(),
                texts,
                quiz,
                i.review()));
      }
      modules.add(
          new CoursePackage.Module(
              keys.of(m), m.getTitle(), m.isLockedUntilPreviousComplete(), items));
    }
    String bank =
        quizIds.isEmpty()
            ? null
            : bankExport.apply(new ArrayList<>(categoryIds), new ArrayList<>(quizIds));
    return new CoursePackage(
        PackageKeys.slug(course.getTitle(), course.getAuthoringLanguage(), "course"),
        course.getAuthoringLanguage(),
        course.getLanguages(),
        course.getTitle(),
        course.getSummary(),
        course.getAudiences(),
        course.getEstimatedMinutes(),
        course.isMandatory(),
        course.getCertificateValidityMonths(),
        course.isSelfEnrolment(),
        modules,
        media,
        bank);
  }

  /** The text with {@code upload:KEY} links turned into {@code media/<file name>}. */
  private LocalizedText withMedia(LocalizedText text) {
    LocalizedText result = text;
    for (Map.Entry<String, String> t : text.asMap().entrySet()) {
      Matcher m = UPLOAD.matcher(t.getValue());
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String path = mediaPath(m.group(1));
        m.appendReplacement(out, Matcher.quoteReplacement(path == null ? m.group() : "](" + path));
      }
      m.appendTail(out);
      result = result.with(t.getKey(), out.toString());
    }
    return result;
  }

  private String mediaPath(String key) {
    if (!mediaByUpload.containsKey(key)) {
      Upload upload =
          em.createNamedQuery("Upload.findByKey", Upload.class)
              .setParameter("key", key)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (upload == null) {
        return null;
      }
      String path = uniquePath(upload.getFileName());
      mediaByUpload.put(key, path);
      media.put(path, upload.getContent());
    }
    return mediaByUpload.get(key);
  }

  private String uniquePath(String fileName) {
    Set<String> taken = new HashSet<>(media.keySet());
    String clean = fileName.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[._-]+", "");
    int dot = clean.lastIndexOf('.');
    String stem = dot > 0 ? clean.substring(0, dot) : clean;
    String ext = dot > 0 ? clean.substring(dot) : "";
    String path = PackageReader.MEDIA + (stem.isEmpty() ? "file" : stem) + ext;
    for (int n = 2; taken.contains(path); n++) {
      path = PackageReader.MEDIA + stem + "-" + n + ext;
    }
    return path;
  }
}
