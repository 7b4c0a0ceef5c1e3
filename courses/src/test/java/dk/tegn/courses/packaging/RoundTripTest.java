package dk.tegn.courses.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.tegn.assessments.quiz.control.QuizAuthoring;
import dk.tegn.assessments.transfer.control.BankTransfer;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.control.CoursePackages;
import dk.tegn.courses.packaging.control.PackageFiles;
import dk.tegn.courses.testing.CoursesTestKit;
import dk.tegn.courses.testing.SampleCourses;
import dk.tegn.courses.upload.entity.FileType;
import dk.tegn.courses.upload.entity.Upload;
import dk.tegn.courses.version.control.Publishing;
import dk.tegn.courses.version.entity.PublishedCourse;
import dk.tegn.courses.version.entity.PublishedItem;
import dk.tegn.courses.version.entity.PublishedModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0
  };

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final CoursesTestKit.Org org = new CoursesTestKit().organisation(0);

  @Test
  void exportThenImportGivesAnIdenticalCourse() {
    long original = course();
    Map<String, byte[]> exported = export(original);

    long copy =
        PackagingKit.as(
                org.trainer(),
                b -> b.get(CoursePackages.class).importAsNewCourse(zipped(exported), org.id()))
            .courseId();

    assertNotEquals(original, copy);
    assertEquals(shape(original), shape(copy));
    assertEquals(texts(exported), texts(export(copy)));
  }

  @Test
  void editedPackageImportedOverTheDraftKeepsItemKeysAndPublishesVersionTwo() {
    long original = course();
    PackagingKit.as(org.trainer(), b -> b.get(Publishing.class).publish(original, null, false));
    Map<String, byte[]> files = export(original);
    String lesson = "lessons/tegnene/indikatorer.en.md";
    TestPackages.put(files, lesson, TestPackages.text(files, lesson) + "\nOne more sign.\n");

    CoursePackages.Imported imported =
        PackagingKit.as(
            org.trainer(),
            b -> b.get(CoursePackages.class).importAsNewDraft(files, original, "edited lesson"));

    assertEquals(2, imported.publishedVersion());
    String body =
        PackagingKit.as(
            org.trainer(),
            b ->
                b.em()
                    .find(Course.class, original)
                    .getModules()
                    .get(0)
                    .getItems()
                    .get(0)
                    .text(TextField.BODY)
                    .exactly("en")
                    .orElseThrow());
    assertEquals(true, body.endsWith("One more sign."));
    Map<String, byte[]> again = export(original);
    assertEquals(
        TestPackages.text(files, lesson).strip(), TestPackages.text(again, lesson).strip());
  }

  @Test
  void importOverTheDraftOfAnUnchangedExportKeepsEveryKey() {
    long original = course();
    List<Long> before = keys(original);

    PackagingKit.as(
        org.trainer(),
        b -> b.get(CoursePackages.class).importAsNewDraft(export(original), original, null));

    assertEquals(before, keys(original));
  }

  private long course() {
    String bank = TestPackages.bank(suffix, "q2");
    return PackagingKit.as(
        org.trainer(),
        b -> {
          b.get(BankTransfer.class).importBank(bank, org.id());
          long quizId = QuizAuthoring.quizByKey(b.em(), org.id(), "pk-" + suffix + "-quiz").getId();
          Course course =
              new Course(org.id(), org.trainerId(), "da", "Tegn på tvang", SampleCourses.NOW);
          course.translate(TextField.TITLE, "en", "Signs of coercion");
          course.translate(TextField.SUMMARY, "da", "Kort om tvang.");
          course.translate(TextField.SUMMARY, "en", "Briefly on coercion.");
          course.configure(
              Set.of(Audience.HEALTH, Audience.POLICE), List.of("da", "en"), 45, true, 24);
          CourseModule signs = course.addModule("da", "Tegnene");
          signs.translateTitle("en", "The signs");
          CourseItem lesson = signs.addLesson("da", "Indikatorer", "## Pas\n\nPasset er taget.");
          lesson.translate(TextField.TITLE, "en", "Indicators");
          lesson.askToMarkDone(true);
          CourseItem clinic =
              signs.addScenario(
                  "da",
                  "Klinikken",
                  "En kvinde sover der.",
                  "Hvad ser du?",
                  "Bolig på arbejdspladsen.");
          clinic.translate(TextField.TITLE, "en", "The clinic");
          clinic.translate(TextField.STORY, "en", "A woman sleeps there.");
          clinic.translate(TextField.QUESTION, "en", "What do you see?");
          clinic.translate(TextField.EXPLANATION, "en", "Living at the workplace.");
          CourseItem extra = signs.addLesson("da", "Mere", "Valgfrit.");
          extra.translate(TextField.TITLE, "en", "More");
          extra.translate(TextField.BODY, "en", "Optional.");
          extra.require(false);
          CourseModule check = course.addModule("da", "Test");
          check.translateTitle("en", "Test");
          check.lockUntilPreviousComplete(true);
          check.addQuiz("da", "Quiz", quizId).translate(TextField.TITLE, "en", "Quiz");
          b.em().persist(course);
          b.em().flush();
          Upload map =
              new Upload(
                  course.getId(),
                  FileType.PNG,
                  "kort.png",
                  "Et kort",
                  PNG,
                  org.trainerId(),
                  SampleCourses.NOW);
          b.em().persist(map);
          lesson.translate(
              TextField.BODY,
              "en",
              "## Passport\n\nThe passport is taken.\n\n![A map](upload:"
                  + map.getPublicKey()
                  + ")");
          b.em().flush();
          return course.getId();
        });
  }

  private Map<String, byte[]> export(long courseId) {
    return PackagingKit.as(org.trainer(), b -> b.get(CoursePackages.class).export(courseId));
  }

  private static Map<String, byte[]> zipped(Map<String, byte[]> files) {
    return PackageFiles.fromZip(PackageFiles.toZip(files));
  }

  private static Map<String, String> texts(Map<String, byte[]> files) {
    Map<String, String> texts = new TreeMap<>();
    files.forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
    return texts;
  }

  /** The course as trainees would get it, without its numeric keys and upload keys. */
  private String shape(long courseId) {
    return PackagingKit.as(
        org.trainer(),
        b -> {
          PublishedCourse c = PublishedCourse.of(b.em().find(Course.class, courseId));
          StringBuilder s =
              new StringBuilder(
                  List.of(
                          c.title(),
                          c.summary(),
                          c.authoringLanguage(),
                          c.audiences().stream().sorted().toList(),
                          c.languages(),
                          c.estimatedMinutes(),
                          c.mandatory(),
                          String.valueOf(c.certificateValidityMonths()))
                      .toString());
          for (PublishedModule m : c.modules()) {
            s.append("\n").append(m.title()).append(m.lockedUntilPreviousComplete());
            for (PublishedItem i : m.items()) {
              s.append("\n  ")
                  .append(
                      List.of(
                          i.kind(), i.required(), i.markDoneRequired(), String.valueOf(i.quizId())))
                  .append(
                      i.texts().entrySet().stream()
                          .sorted(Map.Entry.comparingByKey())
                          .map(e -> e.getKey() + "=" + e.getValue())
                          .collect(Collectors.joining(", ")));
            }
          }
          return s.toString().replaceAll("upload:[A-Za-z0-9_-]+", "upload:*");
        });
  }

  private List<Long> keys(long courseId) {
    return PackagingKit.as(
        org.trainer(),
        b ->
            b.em().find(Course.class, courseId).getModules().stream()
                .flatMap(
                    m ->
                        java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(m.getKey()),
                            m.getItems().stream().map(CourseItem::getKey)))
                .toList());
  }
}
