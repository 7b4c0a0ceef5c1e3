package dk.tegn.courses.packaging.control;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.courses.content.control.BranchScript;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.entity.CoursePackage;
import dk.tegn.courses.packaging.entity.Problem;
import dk.tegn.courses.review.entity.Review;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.LocalizedText;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a package's files into a {@link CoursePackage} and lists every problem found on the way,
 * each with its file and line, so an author can fix them all in one go. Works without a database;
 * the deeper checks of the question bank (against the platform's banks) happen at import.
 */
public final class PackageReader {

  public static final String FORMAT = "tegn-course/1";
  public static final String MANIFEST = "course.yaml";
  public static final String BANK = "bank.json";
  public static final String BANK_FORMAT = "tegn-bank/1";
  static final String LESSONS = "lessons/";
  static final String MEDIA = "media/";

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final Pattern MEDIA_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
  private static final Pattern MEDIA_REFERENCE = Pattern.compile("\\]\\((media/[^)\\s]+)");
  private static final Pattern SECTION = Pattern.compile("^# +(.+?)\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)\\s*([A-Za-z-]*)\\s*$");
  private static final Pattern INDICATOR_LINE =
      Pattern.compile("^\\s*(dimension|indicator)\\s*:\\s*([a-z0-9-]+)\\s*$");

  /** A ```case block names library cases (platform/intake dk/tegn/intake/cases) by id. */
  private static final Pattern CASE_LINE = Pattern.compile("^\\s*case\\s*:\\s*[a-z0-9-]+\\s*$");

  private static final Set<String> TOP_LEVEL = Set.of(MANIFEST, BANK, "README.md");
  private static final List<String> COURSE_FIELDS =
      List.of(
          "format",
          "key",
          "authoringLanguage",
          "languages",
          "title",
          "summary",
          "audiences",
          "estimatedMinutes",
          "mandatory",
          "certificateValidityMonths",
          "selfEnrolment",
          "modules");
  private static final List<String> MODULE_FIELDS =
      List.of("key", "title", "lockedUntilPreviousComplete", "items");
  private static final List<String> ITEM_FIELDS =
      List.of("key", "type", "required", "markDone", "title", "quiz", "review");
  private static final List<String> REVIEW_FIELDS = List.of("by", "date", "due");
  private static final Map<String, TextField> SECTIONS =
      Map.of(
          "story", TextField.STORY,
          "historie", TextField.STORY,
          "question", TextField.QUESTION,
          "spørgsmål", TextField.QUESTION,
          "explanation", TextField.EXPLANATION,
          "forklaring", TextField.EXPLANATION);

  /** What was read (null when course.yaml could not be read at all) and every problem found. */
  public record Result(CoursePackage coursePackage, List<Problem> problems) {

    public boolean ok() {
      return coursePackage != null && problems.isEmpty();
    }
  }

  private final Map<String, byte[]> files;
  private final Set<String> indicatorKeys;
  private final boolean checkBankSlots;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> used = new HashSet<>();
  private List<String> languages = List.of();

  private PackageReader(
      Map<String, byte[]> files, Set<String> indicatorKeys, boolean checkBankSlots) {
    this.files = files;
    this.indicatorKeys = indicatorKeys;
    this.checkBankSlots = checkBankSlots;
  }

  /**
   * @param indicatorKeys the dimension and indicator keys of the indicator catalogue, to check
   *     indicator blocks against; null to check only their form
   * @param checkBankSlots whether to check here that quiz slots name questions and categories of
   *     the bank file (without a database; at import the assessments module checks them)
   */
  public static Result read(
      Map<String, byte[]> files, Set<String> indicatorKeys, boolean checkBankSlots) {
    return new PackageReader(files, indicatorKeys, checkBankSlots).read();
  }

  /** The lesson files a manifest names, read leniently (for packages that cannot be listed). */
  static List<String> lessonPaths(byte[] manifest) {
    CoursePackage p = read(Map.of(MANIFEST, manifest), null, false).coursePackage();
    List<String> paths = new ArrayList<>();
    if (p != null) {
      for (CoursePackage.Module m : p.modules()) {
        for (CoursePackage.Item i : m.items()) {
          if (i.kind() != ItemKind.QUIZ) {
            p.languages().forEach(l -> paths.add(lessonPath(m.key(), i.key(), l)));
          }
        }
      }
    }
    return paths;
  }

  static String lessonPath(String module, String item, String language) {
    return LESSONS + module + "/" + item + "." + language + ".md";
  }

  /** The {@code media/...} files a Markdown text links to or shows. */
  static Set<String> mediaReferences(String markdown) {
    Set<String> refs = new LinkedHashSet<>();
    Matcher m = MEDIA_REFERENCE.matcher(markdown);
    while (m.find()) {
      refs.add(m.group(1));
    }
    return refs;
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
  }

  private Result read() {
    byte[] manifest = files.get(MANIFEST);
    if (manifest == null) {
      problems.add(Problem.of(MANIFEST, "missing: every package has a course.yaml"));
      checkBankFile(Set.of());
      return new Result(null, sorted());
    }
    used.add(MANIFEST);
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(new StringReader(decode(MANIFEST, manifest)));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(new Problem(MANIFEST, line, "not valid YAML: " + e.getProblem()));
      return new Result(null, sorted());
    } catch (YAMLException e) {
      problems.add(Problem.of(MANIFEST, "not valid YAML: " + e.getMessage()));
      return new Result(null, sorted());
    }
    if (!(root instanceof MappingNode)) {
      problems.add(new Problem(MANIFEST, 1, "must be a mapping of course fields"));
      return new Result(null, sorted());
    }
    CoursePackage course = course((MappingNode) root);
    for (String path : files.keySet()) {
      if (!used.contains(path)) {
        problems.add(Problem.of(path, unusedReason(path)));
      }
    }
    return new Result(course, sorted());
  }

  private CoursePackage course(MappingNode root) {
    Map<String, Node> f = fields(root, COURSE_FIELDS, "the course");
    String format = string(f, "format", root, true);
    if (format != null && !FORMAT.equals(format)) {
      problems.add(
          at(f.get("format"), "format must be \"" + FORMAT + "\", not \"" + format + "\""));
    }
    String key = key(f, root, "the course");
    languages = languages(f, root);
    String authoring = string(f, "authoringLanguage", root, false);
    if (authoring == null) {
      authoring = languages.isEmpty() ? "da" : languages.get(0);
    } else if (!languages.contains(authoring)) {
      problems.add(at(f.get("authoringLanguage"), "authoringLanguage must be one of languages"));
    }
    LocalizedText title = text(f, "title", root, true);
    LocalizedText summary = text(f, "summary", root, false);
    Set<Audience> audiences = audiences(f);
    int minutes = integer(f, "estimatedMinutes", root, 1, Course.MAX_MINUTES, 30);
    boolean mandatory = bool(f, "mandatory", false);
    boolean selfEnrolment = bool(f, "selfEnrolment", false);
    Integer validity =
        f.get("certificateValidityMonths") == null || isNull(f.get("certificateValidityMonths"))
            ? null
            : integer(f, "certificateValidityMonths", root, 1, Course.MAX_VALIDITY_MONTHS, 24);
    Set<String> quizKeys = checkBankFile(quizKeysNeeded(f));
    List<CoursePackage.Module> modules = new ArrayList<>();
    Set<String> moduleKeys = new HashSet<>();
    for (Node m : sequence(f, "modules", root, true)) {
      CoursePackage.Module module = module(m, quizKeys);
      if (module != null) {
        if (!moduleKeys.add(module.key())) {
          problems.add(at(m, "module key '" + module.key() + "' is used twice"));
        }
        modules.add(module);
      }
    }
    if (f.containsKey("modules") && modules.isEmpty()) {
      problems.add(at(f.get("modules"), "a course needs at least one module"));
    }
    checkLessonReferences(modules);
    return new CoursePackage(
        key,
        authoring,
        languages,
        title,
        summary,
        audiences,
        minutes,
        mandatory,
        validity,
        selfEnrolment,
        modules,
        media(),
        files.containsKey(BANK) ? decode(BANK, files.get(BANK)) : null);
  }

  private CoursePackage.Module module(Node node, Set<String> quizKeys) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(at(node, "a module must be a mapping (key, title, items)"));
      return null;
    }
    Map<String, Node> f = fields(mapping, MODULE_FIELDS, "a module");
    String key = key(f, node, "a module");
    String where = "module '" + key + "'";
    LocalizedText title = text(f, "title", node, true);
    boolean locked = bool(f, "lockedUntilPreviousComplete", false);
    List<CoursePackage.Item> items = new ArrayList<>();
    Set<String> itemKeys = new HashSet<>();
    for (Node i : sequence(f, "items", node, true)) {
      CoursePackage.Item item = item(i, key, quizKeys);
      if (item != null) {
        if (!itemKeys.add(item.key())) {
          problems.add(at(i, where + ": item key '" + item.key() + "' is used twice"));
        }
        items.add(item);
      }
    }
    if (f.containsKey("items") && items.isEmpty()) {
      problems.add(at(f.get("items"), where + " needs at least one item"));
    }
    return new CoursePackage.Module(key, title, locked, items);
  }

  private CoursePackage.Item item(Node node, String moduleKey, Set<String> quizKeys) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(at(node, "an item must be a mapping (key, type, title, ...)"));
      return null;
    }
    Map<String, Node> f = fields(mapping, ITEM_FIELDS, "an item");
    String key = key(f, node, "an item");
    String type = string(f, "type", node, true);
    ItemKind kind = null;
    if (type != null) {
      try {
        kind = ItemKind.valueOf(type.toUpperCase(Locale.ROOT));
        if (kind == ItemKind.SCORM) {
          throw new IllegalArgumentException(type);
        }
      } catch (IllegalArgumentException e) {
        problems.add(
            at(f.get("type"), "type must be lesson, scenario or quiz, not '" + type + "'"));
      }
    }
    LocalizedText title = text(f, "title", node, true);
    boolean required = bool(f, "required", true);
    boolean markDone = bool(f, "markDone", false);
    String quiz = string(f, "quiz", node, kind == ItemKind.QUIZ);
    Review review = review(f.get("review"));
    if (review != null && kind == ItemKind.QUIZ) {
      problems.add(at(f.get("review"), "a quiz has no review; review its bank's questions"));
    }
    Map<TextField, LocalizedText> texts = new EnumMap<>(TextField.class);
    if (kind == ItemKind.QUIZ) {
      if (markDone) {
        problems.add(at(f.get("markDone"), "a quiz item is done when passed; leave out markDone"));
      }
      if (quiz != null && !quizKeys.contains(quiz)) {
        problems.add(at(f.get("quiz"), "quiz '" + quiz + "' is not in " + BANK));
      }
    } else if (kind != null) {
      if (quiz != null) {
        problems.add(at(f.get("quiz"), "only a quiz item names a quiz"));
      }
      if (key != null && moduleKey != null) {
        texts = lessonTexts(moduleKey, key, kind);
      }
    }
    return new CoursePackage.Item(
        key, kind == null ? ItemKind.LESSON : kind, required, markDone, title, texts, quiz, review);
  }

  /** {@code review: {by: ..., date: YYYY-MM-DD, due: YYYY-MM-DD}}; null when absent or wrong. */
  private Review review(Node node) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof MappingNode mapping)) {
      problems.add(
          at(node, "review must be a mapping {by: ..., date: YYYY-MM-DD, due: YYYY-MM-DD}"));
      return null;
    }
    Map<String, Node> f = fields(mapping, REVIEW_FIELDS, "a review");
    String by = string(f, "by", node, true);
    LocalDate on = date(f, "date", node);
    LocalDate due = date(f, "due", node);
    if (by == null || on == null || due == null) {
      return null;
    }
    try {
      return new Review(by, on, due);
    } catch (IllegalArgumentException e) {
      problems.add(at(node, "review: " + e.getMessage()));
      return null;
    }
  }

  private LocalDate date(Map<String, Node> f, String field, Node owner) {
    String value = string(f, field, owner, true);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(at(f.get(field), field + " must be a date YYYY-MM-DD, not '" + value + "'"));
      return null;
    }
  }

  private Map<TextField, LocalizedText> lessonTexts(String module, String item, ItemKind kind) {
    Map<TextField, LocalizedText> texts = new EnumMap<>(TextField.class);
    for (TextField field : kind.fields()) {
      if (field != TextField.TITLE) {
        texts.put(field, LocalizedText.empty());
      }
    }
    Map<String, Map<String, List<String>>> branchShapes = new LinkedHashMap<>();
    for (String language : languages) {
      String path = lessonPath(module, item, language);
      byte[] bytes = files.get(path);
      if (bytes == null) {
        problems.add(
            Problem.of(
                path,
                "missing: the "
                    + kind.name().toLowerCase(Locale.ROOT)
                    + " text of item '"
                    + item
                    + "' in '"
                    + language
                    + "'"));
        continue;
      }
      used.add(path);
      String markdown = decode(path, bytes);
      checkMarkdown(path, markdown);
      Map<TextField, String> parts =
          kind == ItemKind.SCENARIO
              ? scenarioSections(path, markdown)
              : Map.of(TextField.BODY, markdown.strip());
      parts.forEach((field, text) -> texts.put(field, texts.get(field).with(language, text)));
      checkBranch(path, markdown, kind, parts, language, branchShapes);
      for (TextField field : texts.keySet()) {
        if (!parts.containsKey(field) || parts.get(field).isBlank()) {
          String what = kind == ItemKind.SCENARIO ? "the section " + heading(field, "en") : "text";
          problems.add(new Problem(path, 1, "no " + what + " (it must not be empty)"));
        }
      }
    }
    if (new HashSet<>(branchShapes.values()).size() > 1) {
      problems.add(
          Problem.of(
              lessonPath(module, item, languages.get(languages.size() - 1)),
              "the branch has other steps or choices than in "
                  + languages.get(0)
                  + " (every language has the same steps and choices in the same order)"));
    }
    return texts;
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
    int line = lineOf(markdown, "```" + BranchScript.INFO);
    if (kind != ItemKind.SCENARIO || BranchScript.blockOf(parts.get(TextField.QUESTION)) == null) {
      problems.add(new Problem(path, line, "a branch block belongs in a scenario's question"));
      return;
    }
    BranchScript.Parsed parsed = BranchScript.parse(block);
    parsed.problems().forEach(p -> problems.add(new Problem(path, line, p)));
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
          problems.add(
              new Problem(
                  path,
                  n + 1,
                  "unknown section '"
                      + heading.group(1)
                      + "' (a scenario has # Story, # Question and # Explanation,"
                      + " or # Historie, # Spørgsmål and # Forklaring)"));
          current = null;
        } else if (sections.containsKey(field)) {
          problems.add(new Problem(path, n + 1, "section '" + heading.group(1) + "' twice"));
          current = null;
        } else {
          current = new StringBuilder();
          sections.put(field, current);
        }
      } else if (current != null) {
        current.append(line).append('\n');
      } else if (!line.isBlank() && !inFence) {
        problems.add(new Problem(path, n + 1, "text before the first section heading"));
        current = new StringBuilder();
      }
    }
    Map<TextField, String> parts = new EnumMap<>(TextField.class);
    sections.forEach((field, text) -> parts.put(field, text.toString().strip()));
    return parts;
  }

  private void checkMarkdown(String path, String markdown) {
    for (String ref : mediaReferences(markdown)) {
      if (!files.containsKey(ref)) {
        problems.add(
            new Problem(path, lineOf(markdown, ref), "links to " + ref + ", not in media/"));
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
        problems.add(new Problem(path, n + 1, "a case block holds lines 'case: <id>'"));
      }
      if (inIndicators && !lines[n].isBlank()) {
        Matcher m = INDICATOR_LINE.matcher(lines[n]);
        if (!m.matches()) {
          problems.add(
              new Problem(
                  path,
                  n + 1,
                  "an indicators block holds lines 'dimension: <key>' or 'indicator: <key>'"));
        } else if (indicatorKeys != null && !indicatorKeys.contains(m.group(2))) {
          problems.add(
              new Problem(
                  path,
                  n + 1,
                  m.group(1) + " '" + m.group(2) + "' is not in the indicator catalogue"));
        }
      }
    }
    if (inFence) {
      problems.add(new Problem(path, lines.length, "a fenced block is not closed"));
    }
  }

  private Map<String, byte[]> media() {
    Map<String, byte[]> media = new TreeMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().startsWith(MEDIA)) {
        String name = f.getKey().substring(MEDIA.length());
        if (!MEDIA_NAME.matcher(name).matches()) {
          problems.add(
              Problem.of(
                  f.getKey(),
                  "a media file name has letters, digits, '.', '-' or '_' only, no folders"));
        }
        used.add(f.getKey());
        media.put(f.getKey(), f.getValue());
      }
    }
    return media;
  }

  /** The quiz keys course.yaml names, read before the modules so bank problems come first. */
  private Set<String> quizKeysNeeded(Map<String, Node> course) {
    Set<String> keys = new LinkedHashSet<>();
    if (course.get("modules") instanceof SequenceNode modules) {
      for (Node m : modules.getValue()) {
        for (Node i : children(m, "items")) {
          if (i instanceof MappingNode item) {
            for (NodeTuple t : item.getValue()) {
              if ("quiz".equals(scalar(t.getKeyNode()))
                  && t.getValueNode() instanceof ScalarNode s) {
                keys.add(s.getValue());
              }
            }
          }
        }
      }
    }
    return keys;
  }

  /** Checks bank.json as far as possible without a database; returns its quiz keys. */
  private Set<String> checkBankFile(Set<String> needed) {
    byte[] bytes = files.get(BANK);
    if (bytes == null) {
      if (!needed.isEmpty()) {
        problems.add(Problem.of(BANK, "missing: the course has quiz items, so it needs a bank"));
      }
      return Set.of();
    }
    used.add(BANK);
    String json = decode(BANK, bytes);
    JsonObject root;
    try {
      JsonValue value = JSON.createReader(new StringReader(json)).readValue();
      if (!(value instanceof JsonObject o)) {
        problems.add(new Problem(BANK, 1, "must hold one JSON object"));
        return Set.of();
      }
      root = o;
    } catch (JsonParsingException e) {
      problems.add(
          new Problem(
              BANK, (int) e.getLocation().getLineNumber(), "not valid JSON: " + e.getMessage()));
      return Set.of();
    } catch (jakarta.json.JsonException e) {
      problems.add(Problem.of(BANK, "not valid JSON: " + e.getMessage()));
      return Set.of();
    }
    if (!BANK_FORMAT.equals(stringField(root, "format"))) {
      problems.add(new Problem(BANK, 1, "\"format\" must be \"" + BANK_FORMAT + "\""));
    }
    Set<String> quizKeys = new LinkedHashSet<>();
    for (JsonObject quiz : objects(root, "quizzes")) {
      String key = stringField(quiz, "key");
      if (key != null) {
        quizKeys.add(key);
      }
    }
    if (checkBankSlots) {
      checkSlots(json, root);
    }
    return quizKeys;
  }

  /**
   * Every bank question's "lesson" names a lesson or scenario of this package ("module/item"), so a
   * trainee who missed it is pointed to a lesson that exists.
   */
  private void checkLessonReferences(List<CoursePackage.Module> modules) {
    if (!files.containsKey(BANK)) {
      return;
    }
    Set<String> lessons = new HashSet<>();
    for (CoursePackage.Module m : modules) {
      for (CoursePackage.Item i : m.items()) {
        if (i.kind() != null && i.kind() != ItemKind.QUIZ) {
          lessons.add(m.key() + "/" + i.key());
        }
      }
    }
    String json = decode(BANK, files.get(BANK));
    JsonObject root;
    try {
      if (!(JSON.createReader(new StringReader(json)).readValue() instanceof JsonObject o)) {
        return;
      }
      root = o;
    } catch (jakarta.json.JsonException e) {
      return; // reported by checkBankFile
    }
    for (JsonObject category : objects(root, "categories")) {
      for (JsonObject q : objects(category, "questions")) {
        String lesson = stringField(q, "lesson");
        if (lesson != null && !lessons.contains(lesson)) {
          problems.add(
              new Problem(
                  BANK,
                  lineOf(json, "\"" + lesson + "\""),
                  "question '"
                      + stringField(q, "key")
                      + "' names lesson '"
                      + lesson
                      + "', which is not a lesson or scenario of this package (module/item)"));
        }
      }
    }
  }

  private void checkSlots(String json, JsonObject root) {
    Map<String, Integer> questionsPerCategory = new HashMap<>();
    Map<String, Set<String>> holders = new HashMap<>();
    for (JsonObject category : objects(root, "categories")) {
      String c = stringField(category, "key");
      List<JsonObject> questions = objects(category, "questions");
      questionsPerCategory.put(c, questions.size());
      for (JsonObject q : questions) {
        holders.computeIfAbsent(stringField(q, "key"), k -> new HashSet<>()).add(c);
      }
    }
    Map<String, Integer> wanted = new HashMap<>();
    for (JsonObject quiz : objects(root, "quizzes")) {
      for (JsonObject slot : objects(quiz, "slots")) {
        if (slot.get("random") instanceof JsonObject random) {
          String c = stringField(random, "category");
          wanted.merge(c, random.getInt("count", 0), Math::max);
        }
      }
    }
    JsonParser parser = JSON.createParser(new StringReader(json));
    String lastKey = null;
    while (parser.hasNext()) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.KEY_NAME) {
        lastKey = parser.getString();
      } else if (event == JsonParser.Event.VALUE_STRING && "question".equals(lastKey)) {
        String ref = parser.getString();
        int slash = ref.indexOf('/');
        String c = slash > 0 ? ref.substring(0, slash) : null;
        String q = slash > 0 ? ref.substring(slash + 1) : ref;
        Set<String> in = holders.getOrDefault(q, Set.of());
        if (c == null ? in.size() != 1 : !in.contains(c)) {
          problems.add(
              new Problem(
                  BANK,
                  (int) parser.getLocation().getLineNumber(),
                  "a quiz slot names question '" + ref + "', which is not in this file"));
        }
      }
    }
    wanted.forEach(
        (c, n) -> {
          int have = questionsPerCategory.getOrDefault(c, 0);
          if (have < n) {
            problems.add(
                new Problem(
                    BANK,
                    lineOf(json, "\"" + c + "\""),
                    "a quiz draws "
                        + n
                        + " questions from category '"
                        + c
                        + "', which has "
                        + have));
          }
        });
  }

  // ------------------------------------------------------------------ YAML helpers

  private Map<String, Node> fields(MappingNode node, List<String> allowed, String what) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple t : node.getValue()) {
      String name = scalar(t.getKeyNode());
      if (name == null || !allowed.contains(name)) {
        problems.add(
            at(
                t.getKeyNode(),
                "unknown field '" + name + "' in " + what + " (allowed: " + allowed + ")"));
      } else if (fields.put(name, t.getValueNode()) != null) {
        problems.add(at(t.getKeyNode(), "field '" + name + "' twice"));
      }
    }
    return fields;
  }

  private String key(Map<String, Node> f, Node owner, String what) {
    String key = string(f, "key", owner, true);
    if (key != null && !KEY.matcher(key).matches()) {
      problems.add(
          at(
              f.get("key"),
              "the key of "
                  + what
                  + " is 1-80 lower-case letters, digits and '-', starting with a letter or digit"));
    }
    return key;
  }

  private List<String> languages(Map<String, Node> f, Node owner) {
    List<String> result = new ArrayList<>();
    for (Node n : sequence(f, "languages", owner, true)) {
      String language = scalar(n);
      if (language == null || !ContentLanguages.isSupported(language)) {
        problems.add(
            at(n, "language '" + language + "' is not supported " + ContentLanguages.SUPPORTED));
      } else if (result.contains(language)) {
        problems.add(at(n, "language '" + language + "' twice"));
      } else {
        result.add(language);
      }
    }
    if (f.containsKey("languages") && result.isEmpty()) {
      problems.add(at(f.get("languages"), "a course needs at least one language"));
    }
    return result;
  }

  private Set<Audience> audiences(Map<String, Node> f) {
    Set<Audience> audiences = new LinkedHashSet<>();
    if (!f.containsKey("audiences")) {
      return audiences;
    }
    for (Node n : sequence(f, "audiences", null, false)) {
      String name = scalar(n);
      try {
        audiences.add(
            Audience.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        problems.add(at(n, "unknown audience '" + name + "' (known: " + audienceNames() + ")"));
      }
    }
    return audiences;
  }

  static List<String> audienceNames() {
    return java.util.Arrays.stream(Audience.values()).map(PackageReader::audienceName).toList();
  }

  static String audienceName(Audience a) {
    return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A translated text: a mapping language to text, with a text in every course language. */
  private LocalizedText text(Map<String, Node> f, String field, Node owner, boolean required) {
    Node node = f.get(field);
    if (node == null) {
      if (required) {
        problems.add(at(owner, "missing field '" + field + "'"));
      }
      return LocalizedText.empty();
    }
    if (!(node instanceof MappingNode mapping)) {
      problems.add(
          at(node, field + " must be a mapping of language to text, e.g. {da: ..., en: ...}"));
      return LocalizedText.empty();
    }
    LocalizedText text = LocalizedText.empty();
    for (NodeTuple t : mapping.getValue()) {
      String language = scalar(t.getKeyNode());
      String value = scalar(t.getValueNode());
      if (language == null || !ContentLanguages.isSupported(language)) {
        problems.add(at(t.getKeyNode(), field + ": language '" + language + "' is not supported"));
      } else if (value != null && !value.isBlank()) {
        text = text.with(language, value.strip());
      }
    }
    for (String language : languages) {
      if (!text.has(language)) {
        problems.add(at(node, field + " has no text in '" + language + "'"));
      }
    }
    return text;
  }

  private String string(Map<String, Node> f, String field, Node owner, boolean required) {
    Node node = f.get(field);
    if (node == null || isNull(node)) {
      if (required) {
        problems.add(at(owner, "missing field '" + field + "'"));
      }
      return null;
    }
    String value = scalar(node);
    if (value == null || value.isBlank()) {
      problems.add(at(node, field + " must be a text"));
      return null;
    }
    return value.strip();
  }

  private int integer(Map<String, Node> f, String field, Node owner, int min, int max, int dflt) {
    Node node = f.get(field);
    if (node == null) {
      return dflt;
    }
    try {
      int value = Integer.parseInt(String.valueOf(scalar(node)).strip());
      if (value < min || value > max) {
        problems.add(at(node, field + " must be " + min + ".." + max));
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(at(node, field + " must be a whole number"));
      return dflt;
    }
  }

  private boolean bool(Map<String, Node> f, String field, boolean dflt) {
    Node node = f.get(field);
    if (node == null) {
      return dflt;
    }
    String value = scalar(node);
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean(value);
    }
    problems.add(at(node, field + " must be true or false"));
    return dflt;
  }

  private List<Node> sequence(Map<String, Node> f, String field, Node owner, boolean required) {
    Node node = f.get(field);
    if (node == null) {
      if (required) {
        problems.add(at(owner, "missing field '" + field + "'"));
      }
      return List.of();
    }
    if (!(node instanceof SequenceNode s)) {
      problems.add(at(node, field + " must be a list"));
      return List.of();
    }
    return s.getValue();
  }

  private static List<Node> children(Node node, String field) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (field.equals(scalar(t.getKeyNode())) && t.getValueNode() instanceof SequenceNode s) {
          return s.getValue();
        }
      }
    }
    return List.of();
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode s
        && ("null".equals(s.getValue()) || "~".equals(s.getValue()) || s.getValue().isEmpty())
        && s.getTag().getValue().endsWith(":null");
  }

  private static Problem at(Node node, String message) {
    return new Problem(MANIFEST, node == null ? 0 : node.getStartMark().getLine() + 1, message);
  }

  // ------------------------------------------------------------------ other helpers

  private String decode(String path, byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      problems.add(Problem.of(path, "not UTF-8 text"));
    }
    String text = text(bytes);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private String unusedReason(String path) {
    if (path.startsWith(LESSONS)) {
      return "not named by course.yaml (no lesson or scenario item with this module key,"
          + " item key and language)";
    }
    return "unknown file (a package holds " + TOP_LEVEL + ", lessons/ and media/)";
  }

  private List<Problem> sorted() {
    List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
    sorted.sort(null);
    return sorted;
  }

  private static int lineOf(String text, String needle) {
    int index = text.indexOf(needle);
    return index < 0
        ? 0
        : (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String stringField(JsonObject o, String field) {
    return o.get(field) instanceof JsonString s ? s.getString() : null;
  }

  private static List<JsonObject> objects(JsonObject o, String field) {
    List<JsonObject> result = new ArrayList<>();
    if (o.get(field) instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonObject child) {
          result.add(child);
        }
      }
    }
    return result;
  }

  static String heading(TextField field, String language) {
    boolean da = "da".equals(language);
    return switch (field) {
      case STORY -> da ? "Historie" : "Story";
      case QUESTION -> da ? "Spørgsmål" : "Question";
      case EXPLANATION -> da ? "Forklaring" : "Explanation";
      default -> throw new IllegalArgumentException(field + " is no scenario section");
    };
  }
}
