package dk.tegn.assessments.attempt.control;

import dk.tegn.assessments.question.entity.QuestionType;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.List;

/**
 * One question (or scenario part) of an attempt in the reader's language. Options never say which
 * is correct; {@code rightAnswer}, {@code fraction} and {@code feedback} are filled only when
 * review allows.
 *
 * @param part "" for the question itself, else the scenario part's key
 * @param options choices, ordering items or matches, in this attempt's order, keyed "1", "2", ...
 *     (true/false: "true", "false" without text)
 * @param prompts the prompts of a matching question, keyed by the author's keys
 * @param response the saved response in the same public keys, null when unanswered
 * @param flagged flagged "for review" by the learner (a question, never a scenario part)
 */
public record QuestionView(
    int slot,
    String part,
    QuestionType type,
    String text,
    List<Option> options,
    List<Option> prompts,
    List<QuestionView> parts,
    JsonObject response,
    Double fraction,
    JsonObject rightAnswer,
    List<String> feedback,
    boolean flagged)
    implements Serializable {

  public record Option(String key, String text) implements Serializable {}
}
