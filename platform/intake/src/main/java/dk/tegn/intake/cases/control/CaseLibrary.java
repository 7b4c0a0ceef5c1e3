package dk.tegn.intake.cases.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.LocalizedText;
import dk.tegn.intake.cases.entity.WorkedCase;
import dk.tegn.intake.catalogue.entity.Answer;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.ScreeningResult;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import dk.tegn.intake.referral.control.ReferralSubmission;
import dk.tegn.intake.referral.entity.AgeCategory;
import dk.tegn.intake.referral.entity.ExploitationForm;
import dk.tegn.intake.referral.entity.ReferralForm;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case library (resources {@code dk/tegn/intake/cases/*.json}, format {@code tegn-cases/1},
 * README beside them): every worked case of the starter courses and more. Lessons name a case in a
 * {@code ```case} block and show the level {@link #screen} computes, so no level is typed twice.
 */
public final class CaseLibrary {

  /** The library's files; CaseLibraryTest checks that the folder holds no other. */
  public static final List<String> FILES =
      List.of("police.json", "embassy.json", "health.json", "library.json");

  static final String FOLDER = "dk/tegn/intake/cases/";

  private static final CaseLibrary INSTANCE = load();

  private final Map<String, WorkedCase> cases;

  private CaseLibrary(Map<String, WorkedCase> cases) {
    this.cases = cases;
  }

  public static CaseLibrary get() {
    return INSTANCE;
  }

  public List<WorkedCase> cases() {
    return List.copyOf(cases.values());
  }

  public Optional<WorkedCase> find(String id) {
    return Optional.ofNullable(cases.get(id));
  }

  /**
   * The case screened exactly as the referral form screens a referral: the observed indicators
   * answered "observed", every other left unknown, with the case's age and exploitation form.
   */
  public static ScreeningResult screen(WorkedCase c) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    c.observed().forEach(k -> answers.put(k, Answer.OBSERVED));
    return ReferralSubmission.screen(formOf(c.age(), c.exploitation(), answers));
  }

  /** A form with only what the screening reads; the rest stays empty as on an unfinished form. */
  static ReferralForm formOf(
      AgeCategory age, ExploitationForm exploitation, Map<String, Answer> answers) {
    return new ReferralForm(
        null,
        null,
        null,
        null,
        null,
        age,
        null,
        null,
        null,
        null,
        null,
        null,
        exploitation,
        answers,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static CaseLibrary load() {
    Map<String, WorkedCase> all = new LinkedHashMap<>();
    for (String file : FILES) {
      for (WorkedCase c : read(file)) {
        if (all.put(c.id(), c) != null) {
          throw new IllegalArgumentException("case id used twice: " + c.id());
        }
      }
    }
    return new CaseLibrary(all);
  }

  static List<WorkedCase> read(String file) {
    try (InputStream in = CaseLibrary.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no case file " + file);
      }
      try (JsonReader reader = JSON.createReader(in)) {
        JsonObject root = reader.readObject();
        if (!"tegn-cases/1".equals(root.getString("format", ""))) {
          throw new IllegalArgumentException(file + " is not format tegn-cases/1");
        }
        String course = root.getString("course", null);
        List<WorkedCase> cases = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("cases")) {
          JsonObject c = v.asJsonObject();
          String id = c.getString("id");
          List<String> observed = new ArrayList<>();
          c.getJsonArray("observed").forEach(o -> observed.add(((JsonString) o).getString()));
          cases.add(
              new WorkedCase(
                  id,
                  course,
                  c.getString("lesson", null),
                  text(c, "title", id),
                  AgeCategory.valueOf(c.getString("age")),
                  ExploitationForm.valueOf(c.getString("exploitation")),
                  Profile.valueOf(c.getString("profile")),
                  c.containsKey("story") ? text(c, "story", id) : null,
                  observed,
                  ScreeningSignal.valueOf(c.getString("expected")),
                  text(c, "reason", id)));
        }
        return cases;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalizedText text(JsonObject c, String field, String id) {
    Map<String, String> map = new LinkedHashMap<>();
    c.getJsonObject(field).forEach((lang, t) -> map.put(lang, ((JsonString) t).getString()));
    LocalizedText text = LocalizedText.of(map);
    List<String> missing = text.missing(ContentLanguages.SUPPORTED);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(id + " " + field + " lacks " + missing);
    }
    return text;
  }
}
