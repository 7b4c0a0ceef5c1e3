package dk.tegn.courses.packaging.control;

import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.packaging.entity.CoursePackage;
import dk.tegn.courses.packaging.entity.Problem;
import dk.tegn.courses.review.entity.Review;
import dk.tegn.i18n.LocalizedText;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * the deeper checks of the question bank (against the platform's banks) happen at import. This
 * class reads course.yaml's structure; {@link ManifestFields} its typed fields, {@link LessonFiles}
 * the lesson files and media, {@link BankFileChecks} bank.json.
 */
public final class PackageReader {

  public static final String FORMAT = "tegn-course/1";
  public static final String MANIFEST = "course.yaml";
  public static final String BANK = "bank.json";
  public static final String BANK_FORMAT = "tegn-bank/1";
  static final String LESSONS = "lessons/";
  static final String MEDIA = "media/";

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

  /** What was read (null when course.yaml could not be read at all) and every problem found. */
  public record Result(CoursePackage coursePackage, List<Problem> problems) {

    public boolean ok() {
      return coursePackage != null && problems.isEmpty();
    }
  }

  private final PackageContents contents;
  private final ManifestFields manifest;
  private final LessonFiles lessons;
  private final BankFileChecks bank;
  private final boolean checkBankSlots;

  private PackageReader(
      Map<String, byte[]> files, Set<String> indicatorKeys, boolean checkBankSlots) {
    this.contents = new PackageContents(files);
    this.manifest = new ManifestFields(contents);
    this.lessons = new LessonFiles(contents, indicatorKeys);
    this.bank = new BankFileChecks(contents);
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
    return LessonFiles.path(module, item, language);
  }

  /** The {@code media/...} files a Markdown text links to or shows. */
  static Set<String> mediaReferences(String markdown) {
    return LessonFiles.mediaReferences(markdown);
  }

  static String audienceName(Audience a) {
    return ManifestFields.audienceName(a);
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The 1-based line of the first {@code needle} in {@code text}; 0 when it is not there. */
  static int lineOf(String text, String needle) {
    int index = text.indexOf(needle);
    return index < 0
        ? 0
        : (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
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

  private Result read() {
    String yaml = contents.read(MANIFEST);
    if (yaml == null) {
      contents.add(MANIFEST, 0, "manifestMissing");
      bank.quizKeys(Set.of(), checkBankSlots);
      return new Result(null, contents.sorted());
    }
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      contents.add(MANIFEST, line, "notYaml", e.getProblem());
      return new Result(null, contents.sorted());
    } catch (YAMLException e) {
      contents.add(MANIFEST, 0, "notYaml", e.getMessage());
      return new Result(null, contents.sorted());
    }
    if (!(root instanceof MappingNode)) {
      contents.add(MANIFEST, 1, "manifestNotMapping");
      return new Result(null, contents.sorted());
    }
    CoursePackage course = course((MappingNode) root);
    for (String path : contents.paths()) {
      if (!contents.wasRead(path)) {
        if (path.startsWith(LESSONS)) {
          contents.add(path, 0, "lessonNotNamed");
        } else {
          contents.add(path, 0, "unknownFile", TOP_LEVEL);
        }
      }
    }
    return new Result(course, contents.sorted());
  }

  private CoursePackage course(MappingNode root) {
    Map<String, Node> f = manifest.fields(root, COURSE_FIELDS, "course");
    String format = manifest.string(f, "format", root, true);
    if (format != null && !FORMAT.equals(format)) {
      manifest.problem(f.get("format"), "format", FORMAT, format);
    }
    String key = manifest.key(f, root, "course");
    List<String> languages = manifest.readLanguages(f, root);
    String authoring = manifest.string(f, "authoringLanguage", root, false);
    if (authoring == null) {
      authoring = languages.isEmpty() ? "da" : languages.get(0);
    } else if (!languages.contains(authoring)) {
      manifest.problem(f.get("authoringLanguage"), "authoringLanguage");
    }
    LocalizedText title = manifest.text(f, "title", root, true);
    LocalizedText summary = manifest.text(f, "summary", root, false);
    Set<Audience> audiences = manifest.audiences(f);
    int minutes = manifest.integer(f, "estimatedMinutes", root, 1, Course.MAX_MINUTES, 30);
    boolean mandatory = manifest.bool(f, "mandatory", false);
    boolean selfEnrolment = manifest.bool(f, "selfEnrolment", false);
    Node validityNode = f.get("certificateValidityMonths");
    Integer validity =
        validityNode == null || ManifestFields.isNull(validityNode)
            ? null
            : manifest.integer(
                f, "certificateValidityMonths", root, 1, Course.MAX_VALIDITY_MONTHS, 24);
    Set<String> quizKeys = bank.quizKeys(quizKeysNeeded(f), checkBankSlots);
    List<CoursePackage.Module> modules = new ArrayList<>();
    Set<String> moduleKeys = new HashSet<>();
    for (Node m : manifest.sequence(f, "modules", root, true)) {
      CoursePackage.Module module = module(m, quizKeys);
      if (module != null) {
        if (!moduleKeys.add(module.key())) {
          manifest.problem(m, "moduleKeyTwice", module.key());
        }
        modules.add(module);
      }
    }
    if (f.containsKey("modules") && modules.isEmpty()) {
      manifest.problem(f.get("modules"), "noModule");
    }
    bank.checkLessonReferences(modules);
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
        lessons.media(),
        contents.has(BANK) ? contents.read(BANK) : null);
  }

  private CoursePackage.Module module(Node node, Set<String> quizKeys) {
    if (!(node instanceof MappingNode mapping)) {
      manifest.problem(node, "moduleNotMapping");
      return null;
    }
    Map<String, Node> f = manifest.fields(mapping, MODULE_FIELDS, "module");
    String key = manifest.key(f, node, "module");
    LocalizedText title = manifest.text(f, "title", node, true);
    boolean locked = manifest.bool(f, "lockedUntilPreviousComplete", false);
    List<CoursePackage.Item> items = new ArrayList<>();
    Set<String> itemKeys = new HashSet<>();
    for (Node i : manifest.sequence(f, "items", node, true)) {
      CoursePackage.Item item = item(i, key, quizKeys);
      if (item != null) {
        if (!itemKeys.add(item.key())) {
          manifest.problem(i, "itemKeyTwice", key, item.key());
        }
        items.add(item);
      }
    }
    if (f.containsKey("items") && items.isEmpty()) {
      manifest.problem(f.get("items"), "noItem", key);
    }
    return new CoursePackage.Module(key, title, locked, items);
  }

  private CoursePackage.Item item(Node node, String moduleKey, Set<String> quizKeys) {
    if (!(node instanceof MappingNode mapping)) {
      manifest.problem(node, "itemNotMapping");
      return null;
    }
    Map<String, Node> f = manifest.fields(mapping, ITEM_FIELDS, "item");
    String key = manifest.key(f, node, "item");
    String type = manifest.string(f, "type", node, true);
    ItemKind kind = null;
    if (type != null) {
      try {
        kind = ItemKind.valueOf(type.toUpperCase(Locale.ROOT));
        if (kind == ItemKind.SCORM) {
          throw new IllegalArgumentException(type);
        }
      } catch (IllegalArgumentException e) {
        manifest.problem(f.get("type"), "itemType", type);
      }
    }
    LocalizedText title = manifest.text(f, "title", node, true);
    boolean required = manifest.bool(f, "required", true);
    boolean markDone = manifest.bool(f, "markDone", false);
    String quiz = manifest.string(f, "quiz", node, kind == ItemKind.QUIZ);
    Review review = review(f.get("review"));
    if (review != null && kind == ItemKind.QUIZ) {
      manifest.problem(f.get("review"), "quizReview");
    }
    Map<TextField, LocalizedText> texts = new EnumMap<>(TextField.class);
    if (kind == ItemKind.QUIZ) {
      if (markDone) {
        manifest.problem(f.get("markDone"), "quizMarkDone");
      }
      if (quiz != null && !quizKeys.contains(quiz)) {
        manifest.problem(f.get("quiz"), "quizNotInBank", quiz, BANK);
      }
    } else if (kind != null) {
      if (quiz != null) {
        manifest.problem(f.get("quiz"), "quizOnLesson");
      }
      if (key != null && moduleKey != null) {
        texts = lessons.texts(moduleKey, key, kind, manifest.languages());
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
      manifest.problem(node, "reviewNotMapping");
      return null;
    }
    Map<String, Node> f = manifest.fields(mapping, REVIEW_FIELDS, "review");
    String by = manifest.string(f, "by", node, true);
    LocalDate on = manifest.date(f, "date", node);
    LocalDate due = manifest.date(f, "due", node);
    if (by == null || on == null || due == null) {
      return null;
    }
    try {
      return new Review(by, on, due);
    } catch (IllegalArgumentException e) {
      manifest.problem(node, "review", e.getMessage());
      return null;
    }
  }

  /** The quiz keys course.yaml names, read before the modules so bank problems come first. */
  private static Set<String> quizKeysNeeded(Map<String, Node> course) {
    Set<String> keys = new LinkedHashSet<>();
    List<Node> modules =
        course.get("modules") instanceof SequenceNode s ? s.getValue() : List.<Node>of();
    for (Node m : modules) {
      for (Node i : ManifestFields.children(m, "items")) {
        if (i instanceof MappingNode item) {
          for (NodeTuple t : item.getValue()) {
            if ("quiz".equals(ManifestFields.scalar(t.getKeyNode()))
                && t.getValueNode() instanceof ScalarNode quiz) {
              keys.add(quiz.getValue());
            }
          }
        }
      }
    }
    return keys;
  }
}
