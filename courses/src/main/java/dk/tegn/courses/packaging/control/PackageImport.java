package dk.tegn.courses.packaging.control;

import dk.tegn.assessments.quiz.control.QuizFacts;
import dk.tegn.assessments.transfer.control.BankFileException;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.entity.CoursePackage;
import dk.tegn.courses.packaging.entity.PackageException;
import dk.tegn.courses.packaging.entity.Problem;
import dk.tegn.courses.upload.control.FileSniffer;
import dk.tegn.courses.upload.control.Uploads;
import dk.tegn.courses.upload.entity.FileType;
import dk.tegn.courses.upload.entity.Upload;
import dk.tegn.courses.upload.entity.UploadSummary;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.LocalizedText;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a checked package into a new course or over the draft of an existing one. Everything is
 * checked before anything is kept: the package's own files first, then its bank by the assessments
 * module; any problem throws {@link PackageException} listing them all, and the caller's
 * transaction rolls back whatever the bank import wrote.
 */
final class PackageImport {

  /** Imports a bank file into an organisation's banks; throws BankFileException when refused. */
  interface BankImport {
    void run(String bankJson, Long organisationId);
  }

  private final EntityManager em;
  private final QuizFacts quizFacts;
  private final Instant now;
  private final BankImport bank;

  PackageImport(EntityManager em, QuizFacts quizFacts, Instant now, BankImport bank) {
    this.quizFacts = quizFacts;
    this.em = em;
    this.now = now;
    this.bank = bank;
  }

  Course asNewCourse(Map<String, byte[]> files, long organisationId, long actorId) {
    CoursePackage p = checked(files, organisationId);
    Course course =
        new Course(
            organisationId,
            actorId,
            p.authoringLanguage(),
            p.title().exactly(p.authoringLanguage()).orElseThrow(),
            now);
    em.persist(course);
    apply(p, course, actorId);
    return course;
  }

  /** Replaces the draft; modules and items whose package key matches keep their course keys. */
  Course intoDraft(Map<String, byte[]> files, Course course, long actorId) {
    apply(checked(files, course.getOrganisationId()), course, actorId);
    return course;
  }

  private CoursePackage checked(Map<String, byte[]> files, long organisationId) {
    PackageReader.Result read = PackageReader.read(files, null, false);
    List<Problem> problems = new ArrayList<>(read.problems());
    CoursePackage p = read.coursePackage();
    if (p != null) {
      p.media().forEach((path, bytes) -> checkMedia(path, bytes, problems));
    }
    boolean bankReadable =
        p != null
            && p.bank() != null
            && problems.stream().noneMatch(x -> x.file().equals(PackageReader.BANK));
    if (bankReadable) {
      try {
        bank.run(p.bank(), organisationId);
      } catch (BankFileException e) {
        e.located()
            .forEach(b -> problems.add(Problem.passedOn(PackageReader.BANK, b.line(), b.text())));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new PackageException(problems);
    }
    return p;
  }

  private static void checkMedia(String path, byte[] bytes, List<Problem> problems) {
    if (bytes.length > Uploads.MAX_MEGABYTES * 1024 * 1024) {
      problems.add(Problem.at(path, 0, "media.tooLarge", Uploads.MAX_MEGABYTES));
    } else if (FileSniffer.sniff(bytes, path).isEmpty()) {
      problems.add(Problem.at(path, 0, "media.type", Arrays.toString(FileType.values())));
    }
  }

  private void apply(CoursePackage p, Course course, long actorId) {
    course.configure(
        p.audiences(),
        p.languages(),
        p.estimatedMinutes(),
        p.mandatory(),
        p.certificateValidityMonths());
    course.allowSelfEnrolment(p.selfEnrolment());
    course.forgetTranslationBasis();
    setText(course.getTitle(), p.title(), (l, t) -> course.translate(TextField.TITLE, l, t));
    setText(course.getSummary(), p.summary(), (l, t) -> course.translate(TextField.SUMMARY, l, t));
    Map<String, Long> quizIds = quizIds(p, course.getOrganisationId());
    String language = course.getAuthoringLanguage();
    PackageKeys existing = PackageKeys.of(course);
    Map<String, CourseModule> oldModules = new LinkedHashMap<>();
    course.getModules().forEach(m -> oldModules.put(existing.of(m), m));
    List<Long> moduleOrder = new ArrayList<>();
    for (CoursePackage.Module pm : p.modules()) {
      CourseModule module = oldModules.remove(pm.key());
      if (module == null) {
        module = course.addModule(language, title(pm.title(), language));
      }
      CourseModule m = module;
      setText(m.getTitle(), pm.title(), m::translateTitle);
      m.lockUntilPreviousComplete(pm.lockedUntilPreviousComplete());
      m.keyedInPackage(pm.key());
      applyItems(pm, m, existing, quizIds, language);
      moduleOrder.add(m.getKey());
    }
    oldModules.values().forEach(m -> course.removeModule(m.getKey()));
    course.reorderModules(moduleOrder);
    em.flush();
    Map<String, String> uploads = uploads(p, course, actorId);
    if (!uploads.isEmpty()) {
      pointAtUploads(course, uploads);
    }
    em.flush();
  }

  private void applyItems(
      CoursePackage.Module pm,
      CourseModule m,
      PackageKeys existing,
      Map<String, Long> quizIds,
      String language) {
    Map<String, CourseItem> oldItems = new HashMap<>();
    m.getItems().forEach(i -> oldItems.put(existing.of(i), i));
    List<Long> itemOrder = new ArrayList<>();
    for (CoursePackage.Item pi : pm.items()) {
      CourseItem item = oldItems.remove(pi.key());
      if (item != null && item.getKind() != pi.kind()) {
        m.removeItem(item.getKey());
        item = null;
      }
      if (item == null) {
        String title = title(pi.title(), language);
        item =
            switch (pi.kind()) {
              case LESSON -> m.addLesson(language, title, "");
              case SCENARIO -> m.addScenario(language, title, "", "", "");
              case QUIZ -> m.addQuiz(language, title, quizIds.get(pi.quiz()));
              case SCORM -> throw new IllegalStateException("the reader refuses SCORM items");
            };
      }
      CourseItem i = item;
      for (TextField field : i.getKind().fields()) {
        setText(i.text(field), pi.text(field), (l, t) -> i.translate(field, l, t));
      }
      if (i.getKind() == ItemKind.QUIZ) {
        i.pointTo(quizIds.get(pi.quiz()));
      }
      i.keyedInPackage(pi.key());
      i.require(pi.required());
      i.askToMarkDone(pi.markDone());
      i.reviewed(pi.review());
      itemOrder.add(i.getKey());
    }
    oldItems.values().forEach(i -> m.removeItem(i.getKey()));
    m.reorderItems(itemOrder);
  }

  /**
   * The package's quizzes, which its bank put into the course's organisation (keys are per
   * organisation).
   */
  private Map<String, Long> quizIds(CoursePackage p, long organisationId) {
    Map<String, Long> ids = new HashMap<>();
    for (CoursePackage.Module m : p.modules()) {
      for (CoursePackage.Item i : m.items()) {
        if (i.quiz() != null && !ids.containsKey(i.quiz())) {
          ids.put(i.quiz(), quizFacts.idByKey(organisationId, i.quiz()));
        }
      }
    }
    return ids;
  }

  /** Stores the package's media as uploads of the course (reusing identical ones) by path. */
  private Map<String, String> uploads(CoursePackage p, Course course, long actorId) {
    Map<String, String> keys = new HashMap<>();
    if (p.media().isEmpty()) {
      return keys;
    }
    List<UploadSummary> existing =
        em.createNamedQuery("Upload.findByCourse", UploadSummary.class)
            .setParameter("courseId", course.getId())
            .setMaxResults(PackageFiles.MAX_FILES)
            .getResultList();
    for (Map.Entry<String, byte[]> media : p.media().entrySet()) {
      String name = media.getKey().substring(PackageReader.MEDIA.length());
      FileType type = FileSniffer.sniff(media.getValue(), name).orElseThrow();
      String key =
          existing.stream()
              .filter(u -> u.fileName().equals(name) && u.size() == media.getValue().length)
              .map(UploadSummary::publicKey)
              .filter(k -> sameContent(k, media.getValue()))
              .findFirst()
              .orElse(null);
      if (key == null) {
        Upload upload =
            new Upload(
                course.getId(),
                type,
                name,
                type.isImage() ? altText(p, media.getKey(), name) : null,
                media.getValue(),
                actorId,
                now);
        em.persist(upload);
        key = upload.getPublicKey();
      }
      keys.put(media.getKey(), key);
    }
    return keys;
  }

  private boolean sameContent(String key, byte[] content) {
    return em.createNamedQuery("Upload.findByKey", Upload.class)
        .setParameter("key", key)
        .getResultStream()
        .anyMatch(u -> Arrays.equals(u.getContent(), content));
  }

  /** The description of the first image showing the file, else its name. */
  private static String altText(CoursePackage p, String path, String name) {
    Pattern image = Pattern.compile("!\\[([^\\]]+)\\]\\(" + Pattern.quote(path) + "[)\\s]");
    for (CoursePackage.Module m : p.modules()) {
      for (CoursePackage.Item i : m.items()) {
        for (LocalizedText t : i.texts().values()) {
          for (String text : t.asMap().values()) {
            Matcher match = image.matcher(text);
            if (match.find()) {
              return match.group(1);
            }
          }
        }
      }
    }
    return name;
  }

  private static void pointAtUploads(Course course, Map<String, String> uploads) {
    for (CourseModule m : course.getModules()) {
      for (CourseItem i : m.getItems()) {
        for (TextField field : i.getKind().fields()) {
          for (Map.Entry<String, String> t : i.text(field).asMap().entrySet()) {
            String text = t.getValue();
            for (Map.Entry<String, String> u : uploads.entrySet()) {
              text = text.replace("](" + u.getKey(), "](upload:" + u.getValue());
            }
            if (!text.equals(t.getValue())) {
              i.translate(field, t.getKey(), text);
            }
          }
        }
      }
    }
  }

  /** Makes {@code current} equal to {@code wanted}: new texts first, so a title never empties. */
  private static void setText(
      LocalizedText current, LocalizedText wanted, BiConsumer<String, String> translate) {
    wanted.asMap().forEach(translate);
    for (String language : ContentLanguages.SUPPORTED) {
      if (current.has(language) && !wanted.has(language)) {
        translate.accept(language, "");
      }
    }
  }

  private static String title(LocalizedText title, String language) {
    return title.resolve(language, language);
  }
}
