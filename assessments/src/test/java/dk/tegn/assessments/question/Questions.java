package dk.tegn.assessments.question;

import dk.tegn.assessments.question.entity.Choice;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.MatchPair;
import dk.tegn.assessments.question.entity.Matching;
import dk.tegn.assessments.question.entity.MultipleResponse;
import dk.tegn.assessments.question.entity.NumericAnswer;
import dk.tegn.assessments.question.entity.OrderItem;
import dk.tegn.assessments.question.entity.Ordering;
import dk.tegn.assessments.question.entity.Part;
import dk.tegn.assessments.question.entity.PartialCredit;
import dk.tegn.assessments.question.entity.Scenario;
import dk.tegn.assessments.question.entity.SingleChoice;
import dk.tegn.assessments.question.entity.TrueFalse;
import dk.tegn.i18n.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/** Sample content of every type, shared by the tests. */
public final class Questions {

  private Questions() {}

  public static LocalizedText text(String da) {
    return LocalizedText.of("da", da).with("en", da + " (en)");
  }

  public static SingleChoice single() {
    return new SingleChoice(
        List.of(
            new Choice("a", text("Gæld til arbejdsgiveren"), true, text("Rigtigt: gældsbinding")),
            new Choice("b", text("Fast løn"), false, text("Nej")),
            new Choice("c", text("Egen bolig"), false, LocalizedText.empty())));
  }

  public static MultipleResponse multiple(PartialCredit rule) {
    return new MultipleResponse(
        List.of(
            new Choice("a", text("Pas inddraget"), true, null),
            new Choice("b", text("Trusler mod familien"), true, null),
            new Choice("c", text("Ferie med løn"), false, null),
            new Choice("d", text("Fagforening"), false, null)),
        rule);
  }

  public static TrueFalse trueFalse() {
    return new TrueFalse(false, text("Nej: samtykke er uden betydning"), text("Rigtigt"));
  }

  public static Matching matching() {
    return new Matching(
        List.of(
            new MatchPair("p1", text("Rekruttering"), text("Falsk jobopslag")),
            new MatchPair("p2", text("Transport"), text("Betalt rejse")),
            new MatchPair("p3", text("Udnyttelse"), text("Ubetalt arbejde")),
            new MatchPair("p4", text("Kontrol"), text("Inddraget pas"))));
  }

  public static Ordering ordering() {
    return new Ordering(
        List.of(
            new OrderItem("safety", text("Sikkerhed")),
            new OrderItem("refer", text("Henvis")),
            new OrderItem("record", text("Registrer")),
            new OrderItem("follow", text("Følg op")),
            new OrderItem("close", text("Afslut"))));
  }

  public static NumericAnswer numeric() {
    return new NumericAnswer(new BigDecimal("30"), new BigDecimal("0.5"));
  }

  public static Scenario scenario() {
    return new Scenario(
        List.of(
            new Part("s1", text("Hvad ser du?"), text("Se efter gæld"), single()),
            new Part("s2", text("Er det frivilligt?"), null, trueFalse())));
  }

  public static List<Content> everyType() {
    return List.of(
        single(),
        multiple(PartialCredit.PROPORTIONAL),
        trueFalse(),
        matching(),
        ordering(),
        numeric(),
        scenario());
  }
}
