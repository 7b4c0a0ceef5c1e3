package dk.tegn.assessments.question.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A number; full marks within {@code tolerance} either side of {@code answer} (inclusive). */
public record NumericAnswer(BigDecimal answer, BigDecimal tolerance) implements Content {

  public NumericAnswer {
    Objects.requireNonNull(answer, "answer");
    tolerance = Objects.requireNonNullElse(tolerance, BigDecimal.ZERO);
    if (tolerance.signum() < 0) {
      throw new ContentRuleException("numeric.tolerance");
    }
  }

  @Override
  public QuestionType type() {
    return QuestionType.NUMERIC;
  }

  @Override
  public double grade(Response response) {
    if (response instanceof Response.Numeric n) {
      return n.value().subtract(answer).abs().compareTo(tolerance) <= 0 ? 1 : 0;
    }
    return 0;
  }

  @Override
  public Response rightAnswer() {
    return new Response.Numeric(answer);
  }

  @Override
  public void check(Response response) {
    if (!(response instanceof Response.Numeric)) {
      throw new ContentRuleException("numeric.answer");
    }
  }

  @Override
  public List<Orderable> orderables() {
    return List.of();
  }
}
