package dk.tegn.assessments.question.boundary;

import dk.tegn.assessments.question.entity.MatchPair;
import java.io.Serializable;

/**
 * A row of the editor for matching (a prompt and its match) or ordering (an item, the prompt alone;
 * the rows' order is the right order).
 */
public class PairForm implements Serializable {

  private final String key;
  private final TextForm prompt;
  private final TextForm match;

  PairForm(String key) {
    this(key, new TextForm(), new TextForm());
  }

  PairForm(String key, TextForm prompt, TextForm match) {
    this.key = key;
    this.prompt = prompt;
    this.match = match;
  }

  static PairForm of(MatchPair pair) {
    return new PairForm(pair.key(), TextForm.of(pair.prompt()), TextForm.of(pair.match()));
  }

  MatchPair toPair() {
    return new MatchPair(key, prompt.toText(), match.toText());
  }

  public String getKey() {
    return key;
  }

  public TextForm getPrompt() {
    return prompt;
  }

  public TextForm getMatch() {
    return match;
  }
}
