package dk.tegn.assessments.statistics.boundary;

import dk.tegn.assessments.FacesSupport;
import dk.tegn.assessments.statistics.control.QuizStatistics;
import dk.tegn.assessments.statistics.control.QuizStatisticsView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /assessments/stats/quiz.xhtml?id=<quizId>}: aggregates of a quiz and its questions. */
@Named
@RequestScoped
public class StatsQuizBacking {

  @Inject QuizStatistics statistics;

  private long id;
  private QuizStatisticsView stats;

  public void load() {
    stats = statistics.forQuiz(id, FacesSupport.language());
  }

  /** One decimal, or a dash where the figure is undefined. */
  public String figure(Double value) {
    return value == null ? "–" : String.format(FacesSupport.locale(), "%.1f", value);
  }

  public String band(int index) {
    return index == 9 ? "90–100 %" : (index * 10) + "–" + (index * 10 + 9) + " %";
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public QuizStatisticsView getStats() {
    return stats;
  }
}
