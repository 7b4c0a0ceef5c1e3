package dk.tegn.assessments.question.boundary;

import dk.tegn.i18n.LocalizedText;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A translatable text as two inputs side by side, Danish and English. */
public class TextForm implements Serializable {

  @Size(max = 4000, message = "{assessments.text.size}")
  private String da;

  @Size(max = 4000, message = "{assessments.text.size}")
  private String en;

  public static TextForm of(LocalizedText text) {
    TextForm form = new TextForm();
    if (text != null) {
      form.da = text.exactly("da").orElse(null);
      form.en = text.exactly("en").orElse(null);
    }
    return form;
  }

  /** The text; a blank language is left out. */
  public LocalizedText toText() {
    return LocalizedText.empty().with("da", da).with("en", en);
  }

  public boolean isBlank() {
    return toText().isEmpty();
  }

  public String getDa() {
    return da;
  }

  public void setDa(String da) {
    this.da = da;
  }

  public String getEn() {
    return en;
  }

  public void setEn(String en) {
    this.en = en;
  }
}
