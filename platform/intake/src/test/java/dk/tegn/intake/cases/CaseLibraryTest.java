package dk.tegn.intake.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tegn.intake.cases.control.CaseLibrary;
import dk.tegn.intake.cases.entity.WorkedCase;
import dk.tegn.intake.catalogue.entity.IndicatorCatalogue;
import dk.tegn.intake.catalogue.entity.Profile;
import dk.tegn.intake.catalogue.entity.ScreeningSignal;
import dk.tegn.intake.referral.entity.ExploitationForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of the library through the referral form's own screening and fails on any case
 * whose computed level differs from the one its author expects.
 */
class CaseLibraryTest {

  static final Path STARTER = Path.of("../../courses/src/main/resources/starter");
  static final Pattern CASE_LINE = Pattern.compile("(?m)^case:\\s*(\\S+)\\s*$");

  final List<WorkedCase> cases = CaseLibrary.get().cases();

  @Test
  void everyCaseGetsTheLevelItsAuthorExpects() {
    List<String> mismatches = new ArrayList<>();
    for (WorkedCase c : cases) {
      ScreeningSignal computed = CaseLibrary.screen(c).signal();
      if (computed != c.expected()) {
        mismatches.add(c.id() + ": expected " + c.expected() + ", the rule gives " + computed);
      }
    }
    assertEquals(List.of(), mismatches, "cases whose level the rule does not give");
  }

  @Test
  void everyCaseNamesOnlyIndicatorsOfItsProfileAndTheProfileTheFormDerives() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.current();
    List<String> problems = new ArrayList<>();
    for (WorkedCase c : cases) {
      Profile derived = CaseLibrary.screen(c).profile();
      if (derived != c.profile()) {
        problems.add(c.id() + ": profile " + c.profile() + " but the form screens " + derived);
      }
      for (String key : c.observed()) {
        if (catalogue.indicator(key).map(i -> !i.appliesTo(derived)).orElse(true)) {
          problems.add(c.id() + ": '" + key + "' is not on the " + derived + " list");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void libraryCoversEveryFormAdultsAndChildrenAndEveryLevel() {
    assertTrue(cases.stream().filter(c -> c.course() == null).count() >= 12);
    Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
    cases.forEach(c -> forms.add(c.exploitation()));
    assertTrue(
        forms.containsAll(
            EnumSet.of(
                ExploitationForm.SEXUAL,
                ExploitationForm.FORCED_LABOUR,
                ExploitationForm.FORCED_CRIMINALITY,
                ExploitationForm.DOMESTIC_SERVITUDE,
                ExploitationForm.BEGGING,
                ExploitationForm.ORGAN_REMOVAL)),
        forms.toString());
    Set<Profile> profiles = EnumSet.noneOf(Profile.class);
    cases.forEach(c -> profiles.add(c.profile()));
    assertEquals(EnumSet.allOf(Profile.class), profiles);
    Set<ScreeningSignal> levels = EnumSet.noneOf(ScreeningSignal.class);
    cases.forEach(c -> levels.add(c.expected()));
    assertEquals(EnumSet.allOf(ScreeningSignal.class), levels);
  }

  @Test
  void everyScenarioOfEveryStarterCourseIsInTheLibrary() throws IOException {
    Set<String> scenarios = new TreeSet<>();
    for (String course : List.of("police", "embassy", "health")) {
      String yaml = Files.readString(STARTER.resolve(course).resolve("course.yaml"));
      Matcher module = Pattern.compile("(?m)^- key: (\\S+)").matcher(yaml);
      List<int[]> modules = new ArrayList<>();
      List<String> moduleKeys = new ArrayList<>();
      while (module.find()) {
        modules.add(new int[] {module.start()});
        moduleKeys.add(module.group(1));
      }
      Matcher item = Pattern.compile("(?m)^  - key: (\\S+)\\n    type: scenario").matcher(yaml);
      while (item.find()) {
        int m = 0;
        for (int i = 0; i < modules.size(); i++) {
          if (modules.get(i)[0] < item.start()) {
            m = i;
          }
        }
        scenarios.add(course + ":" + moduleKeys.get(m) + "/" + item.group(1));
      }
    }
    Set<String> told =
        cases.stream()
            .filter(c -> c.lesson() != null)
            .map(c -> c.course() + ":" + c.lesson())
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(scenarios.size() >= 13, scenarios.toString());
    assertEquals(new TreeSet<>(), minus(scenarios, told), "scenarios without a library case");
  }

  @Test
  void everyCaseBlockInTheLessonsNamesALibraryCase() throws IOException {
    List<String> unknown = new ArrayList<>();
    try (Stream<Path> files = Files.walk(STARTER)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        Matcher m = CASE_LINE.matcher(Files.readString(f));
        while (m.find()) {
          if (CaseLibrary.get().find(m.group(1)).isEmpty()) {
            unknown.add(f + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), unknown);
  }

  @Test
  void theCaseFolderHoldsOnlyTheListedFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/dk/tegn/intake/cases"))) {
      Set<String> json =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new TreeSet<>(CaseLibrary.FILES), json);
    }
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return rest;
  }
}
