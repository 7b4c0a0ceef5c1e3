package dk.tegn.assessments.question.entity;

/**
 * How a multiple-response question scores a partly right answer.
 *
 * <p>{@code PROPORTIONAL}: (right choices ticked / all right choices) minus (wrong choices ticked /
 * all wrong choices), never below zero. Ticking everything therefore scores zero, which is the
 * point of the penalty. {@code NONE}: full marks only for exactly the right set, otherwise zero.
 */
public enum PartialCredit {
  NONE,
  PROPORTIONAL
}
