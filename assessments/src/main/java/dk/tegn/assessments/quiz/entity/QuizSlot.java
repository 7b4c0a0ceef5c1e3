package dk.tegn.assessments.quiz.entity;

import dk.tegn.assessments.question.entity.Category;
import dk.tegn.assessments.question.entity.ContentRuleException;
import dk.tegn.assessments.question.entity.Question;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A place in a quiz: one fixed question, or {@code count} questions drawn from a category. */
@Entity
@Table(name = "asm_quiz_slot")
// what Quiz.questionCount() says, counted by the database: a learner's quiz page shows it without
// loading every slot and its question (ops/BENCHMARKS.md §9.5)
@NamedQuery(
    name = "QuizSlot.questionCount",
    query = "select coalesce(sum(s.count), 0) from QuizSlot s where s.quiz.id = :quizId")
// what a start draws from, as ids: loading the slots loaded each one's question and category
// apart (a 20-question quiz: 22 statements per start, ops/BENCHMARKS.md §3)
@NamedQuery(
    name = "QuizSlot.listForDraw",
    query =
        "select q.id, c.id, s.count from QuizSlot s left join s.question q left join s.category c"
            + " where s.quiz.id = :quizId order by s.position")
public class QuizSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "quiz_id", nullable = false)
  private Quiz quiz;

  @Column(nullable = false)
  private int position;

  @ManyToOne
  @JoinColumn(name = "question_id")
  private Question question;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private Category category;

  @Column(name = "draw_count", nullable = false)
  private int count = 1;

  protected QuizSlot() {}

  QuizSlot(Quiz quiz, int position, Question question, Category category, int count) {
    if ((question == null) == (category == null)) {
      throw new ContentRuleException("slot.both");
    }
    if (count < 1) {
      throw new ContentRuleException("slot.count");
    }
    this.quiz = quiz;
    this.position = position;
    this.question = question;
    this.category = category;
    this.count = question == null ? count : 1;
  }

  void moveTo(int position) {
    this.position = position;
  }

  public boolean isRandom() {
    return category != null;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public Question getQuestion() {
    return question;
  }

  public Category getCategory() {
    return category;
  }

  public int getCount() {
    return count;
  }
}
