package dk.tegn.courses.packaging.control;

import dk.tegn.courses.content.control.BranchScript;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.i18n.LocalizedText;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown files of lessons and scenarios (one per item and language) and the media they
 * link to: a scenario's sections, fenced blocks (indicators, cases, a branch) and links checked.
 */
final class LessonFiles {

  private static final Pattern MEDIA_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
  private static final Pattern MEDIA_REFERENCE = Pattern.compile("\\]\\((media/[^)\\s]+)");
  private static final Pattern SECTION = Pattern.compile("^# +(.+?)\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)\\s*([A-Za-z-]*)\\s*$");
  private static final Pattern INDICATOR_LINE =
      Pattern.compile("^\\s*(dimension|indicator)\\s*:\\s*([a-z0-9-]+)\\s*$");

  /** A ```case block names library cases (platform/intake dk/tegn/intake/cases) by id. */
  private static final Pattern CASE_LINE = Pattern.compile("^\\s*case\\s*:\\s*[a-z0-9-]+\\s*$");

  private static final Map<String, TextField> SECTIONS =
      Map.of(
          "story", TextField.STORY,
          "historie", TextField.STORY,
          "question", TextField.QUESTION,
          "spørgsmål", TextField.QUESTION,
          "explanation", TextField.EXPLANATION,
          "forklaring", TextField.EXPLANATION);

  private final PackageContents contents;
  private final Set<String> indicatorKeys;

  /**
   * @param indicatorKeys the indicator catalogue's dimension and indicator keys, to check indicator
   *     blocks against; null to check only their form
   */
  LessonFiles(PackageContents contents, Set<String> indicatorKeys) {
    this.contents = contents;
    this.indicatorKeys = indicatorKeys;
  }

  static String path(String module, String item, String language) {
    return PackageReader.LESSONS + module + "/" + item + "." + language + ".md";
  }

  /** The {@code media/...} files a Markdown text links to or shows. */
  static Set<String> mediaReferences(String markdown) {
    Set<String> refs = new java.util.LinkedHashSet<>();
    Matcher m = MEDIA_REFERENCE.matcher(markdown);
    while (m.find()) {
      refs.add(m.group(1));
    }
    return refs;
  }

  /** The item's texts in every language, each field present (empty where a file lacks it). */
  Map<TextField, LocalizedText> texts(
      String module, String item, ItemKind kind, List<String> languages) {
    Map<TextField, LocalizedText> texts = new EnumMap<>(TextField.class);
    for (TextField field : kind.fields()) {
      if (field != TextField.TITLE) {
        texts.put(field, LocalizedText.empty());
      }
    }
    Map<String, Map<String, List<String>>> branchShapes = new LinkedHashMap<>();
    for (String language : languages) {
      String path = path(module, item, language);
      String markdown = contents.read(path);
      if (markdown == null) {
        contents.add(
            path, 0, "missingText." + kind.name().toLowerCase(Locale.ROOT), item, language);
        continue;
      }
      checkMarkdown(path, markdown);
      Map<TextField, String> parts =
          kind == ItemKind.SCENARIO
              ? scenarioSections(path, markdown)
              : Map.of(TextField.BODY, markdown.strip());
      parts.forEach((field, text) -> texts.put(field, texts.get(field).with(language, text)));
      checkBranch(path, markdown, kind, parts, language, branchShapes);
      for (TextField field : texts.keySet()) {
        if (!parts.containsKey(field) || parts.get(field).isBlank()) {
          if (kind == ItemKind.SCENARIO) {
            contents.add(path, 1, "emptySection", PackageReader.heading(field, "en"));
          } else {
            contents.add(path, 1, "emptyText");
          }
        }
      }
    }
    if (new HashSet<>(branchShapes.values()).size() > 1) {
      contents.add(
          path(module, item, languages.get(languages.size() - 1)),
          0,
          "branchDiffers",
          languages.get(0));
    }
    return texts;
  }

  /** Every file under media/, each name checked. */
  Map<String, byte[]> media() {
    Map<String, byte[]> media = new TreeMap<>();
    for (Map.Entry<String, byte[]> f : contents.files().entrySet()) {
      if (f.getKey().startsWith(PackageReader.MEDIA)) {
        String name = f.getKey().substring(PackageReader.MEDIA.length());
        if (!MEDIA_NAME.matcher(name).matches()) {
          contents.add(f.getKey(), 0, "mediaName");
        }
        contents.markRead(f.getKey());
        media.put(f.getKey(), f.getValue());
      }
    }
    return media;
  }

  /** A ```branch block: only in a scenario's question, well formed, the same in every language. */
  private void checkBranch(
      String path,
      String markdown,
      ItemKind kind,
      Map<TextField, String> parts,
      String language,
      Map<String, Map<String, List<String>>> shapes) {
    String block = BranchScript.blockOf(markdown);
    if (block == null) {
      return;
    }
    int line = PackageReader.lineOf(markdown, "```" + BranchScript.INFO);
    if (kind != ItemKind.SCENARIO || BranchScript.blockOf(parts.get(TextField.QUESTION)) == null) {
      contents.add(path, line, "branchPlace");
      return;
    }
    BranchScript.Parsed parsed = BranchScript.parse(block);
    parsed
        .problems()
        .forEach(f -> contents.add(path, line, "branch." + f.key(), f.arguments().toArray()));
    if (parsed.branch() != null) {
      shapes.put(language, parsed.branch().shape());
    }
  }

  /** A scenario file: level-1 headings start its sections; see PACKAGES.md. */
  private Map<TextField, String> scenarioSections(String path, String markdown) {
    Map<TextField, StringBuilder> sections = new EnumMap<>(TextField.class);
    StringBuilder current = null;
    boolean inFence = false;
    String[] lines = markdown.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
      }
      Matcher heading = SECTION.matcher(line);
      if (!inFence && heading.matches()) {
        TextField field = SECTIONS.get(heading.group(1).toLowerCase(Locale.ROOT));
        if (field == null) {
          contents.add(path, n + 1, "unknownSection", heading.group(1));
          current = null;
        } else if (sections.containsKey(field)) {
          contents.add(path, n + 1, "sectionTwice", heading.group(1));
          current = null;
        } else {
          current = new StringBuilder();
          sections.put(field, current);
        }
      } else if (current != null) {
        current.append(line).append('\n');
      } else if (!line.isBlank() && !inFence) {
        contents.add(path, n + 1, "textBeforeSection");
        current = new StringBuilder();
      }
    }
    Map<TextField, String> parts = new EnumMap<>(TextField.class);
    sections.forEach((field, text) -> parts.put(field, text.toString().strip()));
    return parts;
  }

  private void checkMarkdown(String path, String markdown) {
    for (String ref : mediaReferences(markdown)) {
      if (!contents.has(ref)) {
        contents.add(path, PackageReader.lineOf(markdown, ref), "missingMedia", ref);
      }
    }
    String[] lines = markdown.split("\n", -1);
    boolean inIndicators = false;
    boolean inCase = false;
    boolean inFence = false;
    for (int n = 0; n < lines.length; n++) {
      Matcher fence = FENCE.matcher(lines[n]);
      if (fence.matches()) {
        inIndicators = !inFence && "indicators".equals(fence.group(2));
        inCase = !inFence && "case".equals(fence.group(2));
        inFence = !inFence;
        continue;
      }
      if (inCase && !lines[n].isBlank() && !CASE_LINE.matcher(lines[n]).matches()) {
        contents.add(path, n + 1, "caseLine");
      }
      if (inIndicators && !lines[n].isBlank()) {
        Matcher m = INDICATOR_LINE.matcher(lines[n]);
        if (!m.matches()) {
          contents.add(path, n + 1, "indicatorLine");
        } else if (indicatorKeys != null && !indicatorKeys.contains(m.group(2))) {
          contents.add(path, n + 1, "notInCatalogue." + m.group(1), m.group(2));
        }
      }
    }
    if (inFence) {
      contents.add(path, lines.length, "fenceNotClosed");
    }
  }
}
