package dk.tegn.assessments.transfer.control;

import static dk.tegn.core.persistence.JsonP.JSON;
import static dk.tegn.core.testing.JpaTestSupport.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.assessments.question.control.QuestionBank;
import dk.tegn.assessments.quiz.control.QuizAuthoring;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.quiz.entity.QuizSlot;
import dk.tegn.assessments.testing.Banks;
import dk.tegn.assessments.testing.People;
import dk.tegn.core.account.Role;
import dk.tegn.core.organisation.entity.Organisation;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.testing.JpaTestSupport;
import dk.tegn.core.testing.TestCaller;
import dk.tegn.core.time.PlatformClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BankTransferTest {

  static EntityManagerFactory emf;
  Organisation org;
  TestCaller trainer;
  String category;
  String quiz;

  @BeforeAll
  static void open() {
    emf = JpaTestSupport.entityManagerFactory("tegn-assessments-test");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @BeforeEach
  void arrange() {
    org = People.organisation(emf);
    trainer = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINER);
    category = People.unique("cat");
    quiz = People.unique("quiz");
  }

  <T> T as(TestCaller who, Function<BankTransfer, T> work) {
    return inTransaction(
        emf,
        em -> {
          BankTransfer transfer = new BankTransfer();
          transfer.em = em;
          transfer.caller = who;
          transfer.clock = new PlatformClock(Clock.fixed(Banks.T0, ZoneOffset.UTC));
          return work.apply(transfer);
        });
  }

  String file() {
    try (InputStream in = getClass().getResourceAsStream("/banks/every-type.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("CATEGORY", category)
          .replace("QUIZ", quiz);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonValue parse(String json) {
    return JSON.createReader(new StringReader(json)).readValue();
  }

  long categoryId() {
    return inTransaction(emf, em -> QuestionBank.categoryByKey(em, org.getId(), category).getId());
  }

  long quizId() {
    return inTransaction(emf, em -> QuizAuthoring.quizByKey(em, org.getId(), quiz).getId());
  }

  @Test
  void everyQuestionTypeAndTheQuizSurviveARoundTripWithoutLoss() {
    var report = as(trainer, t -> t.importBank(file(), org.getId()));
    assertEquals(new BankTransfer.ImportReport(1, 7, 7, 1, Map.of(quiz, quizId())), report);
    String exported = as(trainer, t -> t.export(List.of(categoryId()), List.of(quizId())));
    assertEquals(parse(file()), parse(exported));
  }

  @Test
  void importingTheSameFileAgainAddsNoVersion() {
    as(trainer, t -> t.importBank(file(), org.getId()));
    var again = as(trainer, t -> t.importBank(file(), org.getId()));
    assertEquals(0, again.newVersions());
    var changed =
        as(trainer, t -> t.importBank(file().replace("Put in order", "Order these"), org.getId()));
    assertEquals(1, changed.newVersions(), "only the edited question gets a version");
  }

  @Test
  void aBadFileIsRefusedWholeNamingLineAndQuestion() {
    String bad =
        file()
            .replace(
                "\"correct\": true, \"feedback\": {\"da\": \"Rigtigt\"",
                "\"correct\": false, \"feedback\": {\"da\": \"Rigtigt\"")
            .replace("\"tolerance\": 0", "\"tolerance\": 0, \"tolerence\": 1");
    var e =
        assertThrows(
            BankFileException.class, () -> as(trainer, t -> t.importBank(bad, org.getId())));
    assertEquals(2, e.messages(Locale.ENGLISH).size(), e.messages(Locale.ENGLISH).toString());
    assertEquals(
        "line 8: question '" + category + "/debt': needs at least one correct choice",
        e.messages(Locale.ENGLISH).get(0));
    assertTrue(
        e.messages(Locale.ENGLISH).get(1).contains("unknown field \"tolerence\""),
        e.messages(Locale.ENGLISH).get(1));
    assertEquals(
        "linje 8: spørgsmål '" + category + "/debt': skal have mindst én rigtig valgmulighed",
        e.messages(Locale.forLanguageTag("da")).get(0),
        "a Danish trainer reads the same problem in Danish");
    long categories =
        inTransaction(
            emf,
            em ->
                em.createQuery("select count(c) from Category c where c.code = :code", Long.class)
                    .setParameter("code", category)
                    .getSingleResult());
    assertEquals(0, categories, "nothing imported from a file with errors");
  }

  @Test
  void aQuestionKeepsTheLessonThatTeachesItAndAMalformedReferenceIsRefused() {
    as(trainer, t -> t.importBank(file(), org.getId()));
    String lesson =
        inTransaction(
            emf,
            em ->
                em.createQuery(
                        "select q.lesson from Question q where q.category.id = :c and q.code = 'debt'",
                        String.class)
                    .setParameter("c", categoryId())
                    .getSingleResult());
    assertEquals("signs/debt-bondage", lesson);

    String bad = file().replace("\"signs/debt-bondage\"", "\"debt bondage\"");
    var e =
        assertThrows(
            BankFileException.class, () -> as(trainer, t -> t.importBank(bad, org.getId())));
    assertTrue(
        e.messages(Locale.ENGLISH).get(0).contains("lesson 'debt bondage'"),
        e.messages(Locale.ENGLISH).toString());
  }

  @Test
  void malformedJsonIsReportedWithItsLine() {
    var e =
        assertThrows(
            BankFileException.class,
            () ->
                as(
                    trainer,
                    t ->
                        t.importBank(
                            "{\n \"format\": \"tegn-bank/1\",\n \"categories\": [\n}",
                            org.getId())));
    assertTrue(
        e.messages(Locale.ENGLISH).get(0).startsWith("line 4"), e.messages(Locale.ENGLISH).get(0));
  }

  @Test
  void aSlotNamingAnUnknownQuestionOrTooLargeADrawIsRefused() {
    String bad =
        file()
            .replace(category + "/scene", category + "/nope")
            .replace("\"count\": 4", "\"count\": 40");
    var e =
        assertThrows(
            BankFileException.class, () -> as(trainer, t -> t.importBank(bad, org.getId())));
    assertEquals(2, e.messages(Locale.ENGLISH).size(), e.messages(Locale.ENGLISH).toString());
    assertTrue(
        e.messages(Locale.ENGLISH).get(0).contains("quiz '" + quiz + "': slot 1: question"),
        e.messages(Locale.ENGLISH).get(0));
    assertTrue(
        e.messages(Locale.ENGLISH).get(1).contains("has 7 questions; 40 wanted"),
        e.messages(Locale.ENGLISH).get(1));
  }

  @Test
  void aTrainerCannotImportIntoAnotherOrganisationsBank() {
    as(trainer, t -> t.importBank(file(), org.getId()));
    Organisation other = People.organisation(emf);
    var stranger = TestCaller.of(People.account(emf, other), other.getId(), Role.TRAINER);
    assertThrows(
        AccessDeniedException.class, () -> as(stranger, t -> t.importBank(file(), org.getId())));
  }

  @Test
  void twoOrganisationsImportTheSameBankEachIntoTheirOwn() {
    var first = as(trainer, t -> t.importBank(file(), org.getId()));
    Organisation other = People.organisation(emf);
    var otherTrainer = TestCaller.of(People.account(emf, other), other.getId(), Role.TRAINER);

    var second =
        as(
            otherTrainer,
            t -> t.importBank(file().replace("Put in order", "Order these"), other.getId()));

    assertEquals(7, second.newVersions(), "the other organisation gets its own questions");
    long otherQuiz = second.quizIds().get(quiz);
    assertNotEquals(first.quizIds().get(quiz), otherQuiz);
    var mine = as(trainer, t -> t.export(List.of(categoryId()), List.of(quizId())));
    assertEquals(parse(file()), parse(mine), "the first organisation's bank is untouched");
    inTransaction(
        emf,
        em -> {
          List<QuizSlot> slots = em.find(Quiz.class, otherQuiz).getSlots();
          assertEquals(other.getId(), slots.get(0).getQuestion().getCategory().getOrganisationId());
          assertEquals(other.getId(), slots.get(1).getCategory().getOrganisationId());
          return slots;
        });
  }

  @Test
  void aSlotNamingACategoryNotInTheFileFindsTheOrganisationsOwnBeforeASharedOne() {
    assertThrows(
        AccessDeniedException.class,
        () -> as(trainer, t -> t.importBank(file(), null)),
        "a trainer of one organisation may not write banks every organisation uses");
    var national = TestCaller.national(People.account(emf, org), org.getId(), Role.TRAINER);
    as(national, t -> t.importBank(file(), null));
    String quizOnly =
        """
        {"format": "tegn-bank/1", "quizzes": [{"key": "%s", "title": {"da": "Prøve"},
          "passMarkPercent": 50, "slots": [{"random": {"category": "%s", "count": 2}}]}]}
        """
            .formatted(quiz, category);

    long fromShared = as(trainer, t -> t.importBank(quizOnly, org.getId())).quizIds().get(quiz);
    as(trainer, t -> t.importBank(file(), org.getId()));
    long fromOwn = as(trainer, t -> t.importBank(quizOnly, org.getId())).quizIds().get(quiz);

    assertEquals(fromShared, fromOwn, "the same key in the same organisation is the same quiz");
    inTransaction(
        emf,
        em -> {
          Quiz q = em.find(Quiz.class, fromOwn);
          assertEquals(org.getId(), q.getSlots().get(0).getCategory().getOrganisationId());
          return q;
        });
  }

  // ---------------------------------------------------------------- Moodle XML

  <T> T moodle(TestCaller who, Function<MoodleImport, T> work) {
    return as(
        who,
        transfer -> {
          MoodleImport moodle = new MoodleImport();
          moodle.transfer = transfer;
          moodle.caller = who;
          return work.apply(moodle);
        });
  }

  @Test
  void everyMappedQuestionIsImportedAndTheRestIsReported() {
    byte[] file = MoodleXmlTest.everyType();
    var preview = moodle(trainer, m -> m.preview("every-type.xml", file, "da", org.getId()));
    assertEquals(5, preview.questions());
    assertEquals(5, preview.unmapped().size());

    MoodleImport.Result result =
        moodle(trainer, m -> m.importFile("every-type.xml", file, "da", org.getId()));
    assertEquals(new BankTransfer.ImportReport(2, 5, 5, 0, Map.of()), result.report());
    assertEquals(preview.unmapped(), result.unmapped());

    long signs =
        inTransaction(
            emf,
            em -> QuestionBank.categoryByKey(em, org.getId(), "menneskehandel.tegnene").getId());
    String exported =
        inTransaction(
            emf,
            em -> {
              BankTransfer transfer = new BankTransfer();
              transfer.em = em;
              transfer.caller = trainer;
              return transfer.export(List.of(signs), List.of());
            });
    JsonObject debt =
        parse(exported)
            .asJsonObject()
            .getJsonArray("categories")
            .getJsonObject(0)
            .getJsonArray("questions")
            .getJsonObject(0);
    assertEquals("Which sign is strongest?", debt.getJsonObject("text").getString("en"));
    assertEquals("Hvilket tegn er stærkest?", debt.getJsonObject("text").getString("da"));
  }

  @Test
  void aGiftFileImportsThroughTheBankChecksWithThePreviewsUnmappedList() {
    byte[] file = GiftTest.everyType();
    var preview =
        moodle(
            trainer,
            m -> m.preview(MoodleImport.Format.GIFT, "every-type.gift", file, "da", org.getId()));
    assertEquals(6, preview.questions());
    MoodleImport.Result result =
        moodle(
            trainer,
            m ->
                m.importFile(MoodleImport.Format.GIFT, "every-type.gift", file, "da", org.getId()));
    assertEquals(new BankTransfer.ImportReport(2, 6, 6, 0, Map.of()), result.report());
    assertEquals(preview.unmapped(), result.unmapped());
    var broken =
        assertThrows(
            BankFileException.class,
            () ->
                moodle(
                    trainer,
                    m ->
                        m.importFile(
                            MoodleImport.Format.GIFT,
                            "broken.gift",
                            "::A::Wie alt? {#1..zwölf}".getBytes(StandardCharsets.UTF_8),
                            "da",
                            org.getId())));
    assertTrue(
        broken.messages(Locale.ENGLISH).get(0).startsWith("broken.gift: not a readable GIFT file"));
  }

  @Test
  void aBrokenFileImportsNothingAndOnlyTrainersMayImport() {
    var refused =
        assertThrows(
            BankFileException.class,
            () ->
                moodle(
                    trainer,
                    m ->
                        m.importFile(
                            "broken.xml",
                            "<quiz><question".getBytes(StandardCharsets.UTF_8),
                            "da",
                            org.getId())));
    assertTrue(
        refused.messages(Locale.ENGLISH).get(0).startsWith("broken.xml: not a readable XML file"));

    TestCaller trainee = TestCaller.of(People.account(emf, org), org.getId(), Role.TRAINEE);
    assertThrows(
        AccessDeniedException.class,
        () ->
            moodle(
                trainee,
                m -> m.importFile("every-type.xml", MoodleXmlTest.everyType(), "da", org.getId())));
    long categories =
        inTransaction(
            emf,
            em ->
                em.createQuery(
                        "select count(c) from Category c where c.organisationId = :org", Long.class)
                    .setParameter("org", org.getId())
                    .getSingleResult());
    assertEquals(0, categories, "nothing imported");
  }
}
