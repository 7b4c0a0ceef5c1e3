package dk.tegn.bench;

import dk.tegn.assessments.question.entity.Choice;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.ContentJson;
import dk.tegn.assessments.question.entity.MatchPair;
import dk.tegn.assessments.question.entity.Matching;
import dk.tegn.assessments.question.entity.MultipleResponse;
import dk.tegn.assessments.question.entity.NumericAnswer;
import dk.tegn.assessments.question.entity.OrderItem;
import dk.tegn.assessments.question.entity.Ordering;
import dk.tegn.assessments.question.entity.Part;
import dk.tegn.assessments.question.entity.PartialCredit;
import dk.tegn.assessments.question.entity.Response;
import dk.tegn.assessments.question.entity.Scenario;
import dk.tegn.assessments.question.entity.SingleChoice;
import dk.tegn.assessments.question.entity.TrueFalse;
import dk.tegn.i18n.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading (assessments' {@code Content#grade}) per question type, a whole 20-question attempt, and
 * the CPU part of saving one answer: reading the sent JSON, checking it against the question and
 * writing the stored form (what {@code AnswerSaves#save} does besides the SQL upsert).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GradingBenchmark {

  SingleChoice single;
  Response singleAnswer;
  MultipleResponse multiple;
  Response multipleAnswer;
  Ordering ordering;
  Response orderingAnswer;
  Matching matching;
  Response matchingAnswer;
  Scenario scenario;
  Response scenarioAnswer;
  List<Content> exam;
  List<Response> examAnswers;
  String sentAnswer;
  String storedContent;

  static LocalizedText text(String s) {
    return LocalizedText.of(Map.of("da", s + " (da)", "en", s));
  }

  static List<Choice> choices(int n, int correct) {
    List<Choice> c = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      c.add(new Choice("c" + i, text("choice " + i), i < correct, text("feedback " + i)));
    }
    return c;
  }

  @Setup
  public void setUp() {
    single = new SingleChoice(choices(4, 1));
    singleAnswer = new Response.Keys(List.of("c0"));
    multiple = new MultipleResponse(choices(8, 3), PartialCredit.PROPORTIONAL);
    multipleAnswer = new Response.Keys(List.of("c0", "c2", "c5"));
    List<OrderItem> items = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      items.add(new OrderItem("s" + i, text("step " + i)));
      order.add("s" + ((i * 3) % 10));
    }
    ordering = new Ordering(items);
    orderingAnswer = new Response.Keys(order);
    List<MatchPair> pairs = new ArrayList<>();
    Map<String, String> matches = new LinkedHashMap<>();
    for (int i = 0; i < 6; i++) {
      pairs.add(new MatchPair("p" + i, text("prompt " + i), text("match " + i)));
      matches.put("p" + i, "p" + ((i + i % 2) % 6));
    }
    matching = new Matching(pairs);
    matchingAnswer = new Response.Matches(matches);
    scenario =
        new Scenario(
            List.of(
                new Part("a", text("part a"), text(""), new SingleChoice(choices(4, 1))),
                new Part("b", text("part b"), text(""), new TrueFalse(true, text(""), text(""))),
                new Part(
                    "c",
                    text("part c"),
                    text(""),
                    new NumericAnswer(new BigDecimal("18"), BigDecimal.ONE))));
    scenarioAnswer =
        new Response.Parts(
            Map.of(
                "a", new Response.Keys(List.of("c1")),
                "b", new Response.Keys(List.of("true")),
                "c", new Response.Numeric(new BigDecimal("17.5"))));
    exam = new ArrayList<>();
    examAnswers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      exam.add(single);
      examAnswers.add(new Response.Keys(List.of("c" + (i % 4))));
    }
    sentAnswer = "{\"keys\":[\"c2\"]}";
    storedContent = ContentJson.write(multiple).toString();
  }

  @Benchmark
  public double gradeSingleChoice() {
    return single.grade(singleAnswer);
  }

  @Benchmark
  public double gradeMultipleResponse8() {
    return multiple.grade(multipleAnswer);
  }

  @Benchmark
  public double gradeOrdering10() {
    return ordering.grade(orderingAnswer);
  }

  @Benchmark
  public double gradeMatching6() {
    return matching.grade(matchingAnswer);
  }

  @Benchmark
  public double gradeScenario3Parts() {
    return scenario.grade(scenarioAnswer);
  }

  /** The grading of a submit: 20 questions, summed. */
  @Benchmark
  public double gradeAttemptOf20() {
    double sum = 0;
    for (int i = 0; i < 20; i++) {
      sum += exam.get(i).grade(examAnswers.get(i));
    }
    return sum / 20;
  }

  /** Read the sent answer, check it against the question, write what is stored. */
  @Benchmark
  public String saveAnswerCpu() {
    JsonObject sent;
    try (JsonReader r = Json.createReader(new StringReader(sentAnswer))) {
      sent = r.readObject();
    }
    Response response = ContentJson.readResponse(sent);
    single.check(response);
    return ContentJson.writeResponse(response).toString();
  }

  /** A question's stored content parsed (what the JPA converter does when a version is read). */
  @Benchmark
  public Content readStoredContent() {
    try (JsonReader r = Json.createReader(new StringReader(storedContent))) {
      return ContentJson.read(r.readObject());
    }
  }
}
