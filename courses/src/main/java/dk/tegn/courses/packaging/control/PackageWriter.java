package dk.tegn.courses.packaging.control;

import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.entity.CoursePackage;
import dk.tegn.i18n.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a {@link CoursePackage} as the files of a package, the way {@link PackageReader} reads.
 */
public final class PackageWriter {

  private PackageWriter() {}

  public static Map<String, byte[]> write(CoursePackage p) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put(PackageReader.MANIFEST, utf8(manifest(p)));
    for (CoursePackage.Module m : p.modules()) {
      for (CoursePackage.Item i : m.items()) {
        if (i.kind() == ItemKind.QUIZ) {
          continue;
        }
        for (String language : p.languages()) {
          files.put(
              PackageReader.lessonPath(m.key(), i.key(), language), utf8(lesson(i, language)));
        }
      }
    }
    files.putAll(p.media());
    if (p.bank() != null) {
      files.put(PackageReader.BANK, utf8(p.bank()));
    }
    return files;
  }

  static String manifest(CoursePackage p) {
    Map<String, Object> course = new LinkedHashMap<>();
    course.put("format", PackageReader.FORMAT);
    course.put("key", p.key());
    course.put("authoringLanguage", p.authoringLanguage());
    course.put("languages", p.languages());
    course.put("title", texts(p.title()));
    if (!p.summary().isEmpty()) {
      course.put("summary", texts(p.summary()));
    }
    course.put(
        "audiences", p.audiences().stream().sorted().map(PackageReader::audienceName).toList());
    course.put("estimatedMinutes", p.estimatedMinutes());
    course.put("mandatory", p.mandatory());
    if (p.certificateValidityMonths() != null) {
      course.put("certificateValidityMonths", p.certificateValidityMonths());
    }
    if (p.selfEnrolment()) {
      course.put("selfEnrolment", true);
    }
    List<Object> modules = new ArrayList<>();
    for (CoursePackage.Module m : p.modules()) {
      Map<String, Object> module = new LinkedHashMap<>();
      module.put("key", m.key());
      module.put("title", texts(m.title()));
      module.put("lockedUntilPreviousComplete", m.lockedUntilPreviousComplete());
      List<Object> items = new ArrayList<>();
      for (CoursePackage.Item i : m.items()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", i.key());
        item.put("type", i.kind().name().toLowerCase(java.util.Locale.ROOT));
        item.put("required", i.required());
        if (i.markDone()) {
          item.put("markDone", true);
        }
        item.put("title", texts(i.title()));
        if (i.quiz() != null) {
          item.put("quiz", i.quiz());
        }
        if (i.review() != null) {
          Map<String, Object> review = new LinkedHashMap<>();
          review.put("by", i.review().by());
          review.put("date", i.review().on().toString());
          review.put("due", i.review().due().toString());
          item.put("review", review);
        }
        items.add(item);
      }
      module.put("items", items);
      modules.add(module);
    }
    course.put("modules", modules);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(100);
    options.setSplitLines(false);
    return new Yaml(options).dump(course);
  }

  static String lesson(CoursePackage.Item item, String language) {
    if (item.kind() == ItemKind.LESSON) {
      return ending(item.text(TextField.BODY).exactly(language).orElse(""));
    }
    StringBuilder out = new StringBuilder();
    for (TextField field : List.of(TextField.STORY, TextField.QUESTION, TextField.EXPLANATION)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("# ").append(PackageReader.heading(field, language)).append("\n\n");
      out.append(ending(item.text(field).exactly(language).orElse("")));
    }
    return out.toString();
  }

  private static Map<String, String> texts(LocalizedText text) {
    return new TreeMap<>(text.asMap());
  }

  private static String ending(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? "" : stripped + "\n";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
