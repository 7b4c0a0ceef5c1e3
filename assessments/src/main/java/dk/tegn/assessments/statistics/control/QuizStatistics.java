package dk.tegn.assessments.statistics.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.attempt.entity.AttemptState;
import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.question.entity.Choice;
import dk.tegn.assessments.question.entity.Content;
import dk.tegn.assessments.question.entity.ContentJson;
import dk.tegn.assessments.question.entity.MultipleResponse;
import dk.tegn.assessments.question.entity.QuestionVersion;
import dk.tegn.assessments.question.entity.Response;
import dk.tegn.assessments.question.entity.SingleChoice;
import dk.tegn.assessments.question.entity.TrueFalse;
import dk.tegn.assessments.quiz.entity.Quiz;
import dk.tegn.assessments.statistics.control.QuizStatisticsView.ChoiceCount;
import dk.tegn.assessments.statistics.control.QuizStatisticsView.QuestionStatistics;
import dk.tegn.core.account.Role;
import dk.tegn.core.problem.RecordNotFoundException;
import dk.tegn.core.security.AccessDeniedException;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Statistics of a quiz for its trainers (all attempts) and for coordinators (attempts of the people
 * of the organisations they coordinate; a national coordinator sees all). Only aggregates leave.
 */
@ApplicationScoped
@Transactional
public class QuizStatistics {

  /** Generous cap on the rows one statistics page reads (attempts x questions). */
  private static final int MAX_ROWS = 200_000;

  private static final String ROWS =
      "SELECT a.id, a.score_percent, s.question_version_id, s.fraction, w.response"
          + " FROM asm_attempt a"
          + " JOIN asm_attempt_slot s ON s.attempt_id = a.id"
          + " LEFT JOIN asm_answer w ON w.attempt_id = a.id AND w.slot = s.slot"
          + " WHERE a.quiz_id = ? AND a.state = 'SUBMITTED'";

  /**
   * The submitted attempts of a quiz by people of some organisations: JPQL over core's shared
   * accounts, so this module's SQL names no table of core's.
   */
  private static final String ATTEMPTS_IN_ORGANISATIONS =
      "select t.id from Attempt t, Account p where p.id = t.learnerId"
          + " and p.organisation.id in :organisations and t.quiz.id = :quizId"
          + " and t.state = :state order by t.id";

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;

  public QuizStatisticsView forQuiz(long quizId, String language) {
    Quiz quiz = em.find(Quiz.class, quizId);
    if (quiz == null) {
      throw new RecordNotFoundException("quiz", quizId);
    }
    List<Object[]> rows = rows(quiz);
    Map<Long, Integer> scores = new LinkedHashMap<>();
    Map<Long, Double> totals = new HashMap<>();
    Map<Long, List<Object[]>> byVersion = new LinkedHashMap<>();
    for (Object[] row : rows) {
      long attemptId = ((Number) row[0]).longValue();
      scores.put(attemptId, ((Number) row[1]).intValue());
      totals.merge(attemptId, fraction(row), Double::sum);
      byVersion.computeIfAbsent(((Number) row[2]).longValue(), k -> new ArrayList<>()).add(row);
    }
    List<QuestionStatistics> questions = new ArrayList<>();
    byVersion.forEach(
        (versionId, versionRows) ->
            questions.add(
                question(
                    em.find(QuestionVersion.class, versionId), versionRows, totals, language)));
    List<Integer> scoreList = List.copyOf(scores.values());
    OptionalDouble average = scoreList.stream().mapToInt(i -> i).average();
    OptionalDouble passRate =
        scoreList.stream().mapToDouble(s -> s >= quiz.getPassMarkPercent() ? 100 : 0).average();
    return new QuizStatisticsView(
        quizId,
        quiz.getTitle().resolve(language, null),
        scoreList.size(),
        average.isPresent() ? average.getAsDouble() : null,
        passRate.isPresent() ? passRate.getAsDouble() : null,
        StatisticsMath.distribution(scoreList),
        questions);
  }

  private List<Object[]> rows(Quiz quiz) {
    String sql = ROWS;
    List<Long> attempts = List.of();
    if (!mayAuthor(quiz)) {
      if (!caller.hasRole(Role.COORDINATOR)) {
        throw new AccessDeniedException("role TRAINER or COORDINATOR required");
      }
      if (!caller.isNational(Role.COORDINATOR)) {
        Set<Long> organisations = caller.organisationsWith(Role.COORDINATOR);
        attempts =
            organisations.isEmpty()
                ? List.of()
                : em.createQuery(ATTEMPTS_IN_ORGANISATIONS, Long.class)
                    .setParameter("organisations", organisations)
                    .setParameter("quizId", quiz.getId())
                    .setParameter("state", AttemptState.SUBMITTED)
                    .setMaxResults(MAX_ROWS)
                    .getResultList();
        if (attempts.isEmpty()) {
          return List.of();
        }
        // ids read from the database just now: numbers, safe to write into the statement
        sql +=
            " AND a.id IN ("
                + attempts.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")";
      }
    }
    // questions are listed in the order the first attempts showed them
    var query = em.createNativeQuery(sql + " ORDER BY a.id, s.slot").setParameter(1, quiz.getId());
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.setMaxResults(MAX_ROWS).getResultList();
    return rows;
  }

  private boolean mayAuthor(Quiz quiz) {
    try {
      BankAccess.requireAuthor(caller, quiz.getOrganisationId());
      return true;
    } catch (AccessDeniedException e) {
      return false;
    }
  }

  private static QuestionStatistics question(
      QuestionVersion version, List<Object[]> rows, Map<Long, Double> totals, String language) {
    List<Double> fractions = new ArrayList<>();
    List<StatisticsMath.Observation> observations = new ArrayList<>();
    List<List<String>> picks = new ArrayList<>();
    for (Object[] row : rows) {
      double f = fraction(row);
      fractions.add(f);
      observations.add(
          new StatisticsMath.Observation(f, totals.get(((Number) row[0]).longValue())));
      if (row[4] != null && response((String) row[4]) instanceof Response.Keys k) {
        picks.add(k.keys());
      }
    }
    Content content = version.getContent();
    List<ChoiceCount> choices = new ArrayList<>();
    List<Choice> options = choicesOf(content);
    Map<String, Integer> counts =
        StatisticsMath.frequencies(options.stream().map(Choice::key).toList(), picks);
    for (Choice c : options) {
      choices.add(
          new ChoiceCount(
              c.key(),
              c.text().isEmpty() ? c.key() : c.text().resolve(language, null),
              c.correct(),
              counts.get(c.key())));
    }
    OptionalDouble facility = StatisticsMath.facility(fractions);
    OptionalDouble discrimination = StatisticsMath.discrimination(observations);
    return new QuestionStatistics(
        version.getId(),
        version.getQuestion().getCode(),
        version.getNumber(),
        version.getType(),
        version.getText().resolve(language, null),
        rows.size(),
        facility.isPresent() ? facility.getAsDouble() : null,
        discrimination.isPresent() ? discrimination.getAsDouble() : null,
        choices);
  }

  /** Choices to count picks of; true/false counts as the two choices "true" and "false". */
  private static List<Choice> choicesOf(Content content) {
    if (content instanceof SingleChoice s) {
      return s.choices();
    }
    if (content instanceof MultipleResponse m) {
      return m.choices();
    }
    if (content instanceof TrueFalse t) {
      return List.of(
          new Choice(TrueFalse.TRUE, null, t.answer(), null),
          new Choice(TrueFalse.FALSE, null, !t.answer(), null));
    }
    return List.of();
  }

  private static double fraction(Object[] row) {
    return row[3] == null ? 0 : ((Number) row[3]).doubleValue();
  }

  private static Response response(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return ContentJson.readResponse(reader.readObject());
    }
  }
}
