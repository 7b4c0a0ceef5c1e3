package dk.tegn.courses.course.entity;

import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.LocalizedText;
import dk.tegn.i18n.Messages;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The draft of a course, edited by the trainers of its organisation. Trainees never see the draft:
 * they learn from published versions (see {@code version.entity.CourseVersion}). Modules and items
 * get keys from the course's own counter, so a key stays the same across versions and progress can
 * refer to it.
 */
@Entity
@Table(name = "crs_course")
@NamedQuery(
    name = "Course.findByOrganisations",
    query =
        "select c from Course c where c.organisationId in :organisationIds"
            + " order by c.createdAt desc, c.id desc")
@NamedQuery(
    name = "Course.findByDemoKey",
    query = "select c from Course c where c.organisationId = :organisationId and c.demoKey = :key")
public class Course {

  public static final int MAX_MINUTES = 6000;
  public static final int MAX_VALIDITY_MONTHS = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "authoring_language", nullable = false)
  private String authoringLanguage;

  @Column(nullable = false)
  private LocalizedText title;

  @Column(nullable = false)
  private LocalizedText summary;

  @Column(nullable = false)
  private String audiences;

  @Column(nullable = false)
  private String languages;

  @Column(name = "estimated_minutes", nullable = false)
  private int estimatedMinutes;

  @Column(nullable = false)
  private boolean mandatory;

  @Column(name = "certificate_validity_months")
  private Integer certificateValidityMonths;

  /** Whether trainees in reach may enrol themselves from the course catalogue. */
  @Column(name = "self_enrolment", nullable = false)
  private boolean selfEnrolment;

  @Column(name = "last_key", nullable = false)
  private long lastKey;

  @Column(name = "published_version", nullable = false)
  private int publishedVersion;

  @Column(name = "demo_key")
  private String demoKey;

  /**
   * What each translation was made from ({@link #noteWritten}); replaced, never changed in place.
   */
  @Column(name = "translation_basis")
  @Convert(converter = TranslationBasisConverter.class)
  private Map<String, String> translationBasis = new TreeMap<>();

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CourseModule> modules = new ArrayList<>();

  @Version private long version;

  protected Course() {}

  public Course(
      long organisationId, long createdBy, String authoringLanguage, String title, Instant now) {
    requireLanguage(authoringLanguage);
    this.organisationId = organisationId;
    this.createdBy = createdBy;
    this.authoringLanguage = authoringLanguage;
    this.title = LocalizedText.of(authoringLanguage, requireText(title));
    this.summary = LocalizedText.empty();
    this.audiences = "";
    this.languages = authoringLanguage;
    this.estimatedMinutes = 30;
    this.createdAt = Objects.requireNonNull(now);
  }

  /** The settings a trainer chooses on the course page. */
  public void configure(
      Set<Audience> audiences,
      List<String> languages,
      int estimatedMinutes,
      boolean mandatory,
      Integer certificateValidityMonths) {
    if (languages.isEmpty() || !languages.stream().allMatch(ContentLanguages::isSupported)) {
      throw rule("languages");
    }
    if (estimatedMinutes < 1 || estimatedMinutes > MAX_MINUTES) {
      throw rule("minutes", MAX_MINUTES);
    }
    if (certificateValidityMonths != null
        && (certificateValidityMonths < 1 || certificateValidityMonths > MAX_VALIDITY_MONTHS)) {
      throw rule("validity", MAX_VALIDITY_MONTHS);
    }
    this.audiences = audiences.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    this.languages = languages.stream().distinct().collect(Collectors.joining(","));
    this.estimatedMinutes = estimatedMinutes;
    this.mandatory = mandatory;
    this.certificateValidityMonths = certificateValidityMonths;
  }

  /** Writes the title or summary in one language; a blank text removes that translation. */
  public void translate(TextField field, String language, String text) {
    requireLanguage(language);
    switch (field) {
      case TITLE -> title = keepAuthored(title.with(language, text));
      case SUMMARY -> summary = summary.with(language, text);
      default -> throw new IllegalArgumentException("a course has no " + field);
    }
  }

  /** The text at {@code key} (0: the course itself, else a module's or an item's). */
  public LocalizedText text(long key, TextField field) {
    if (key == 0) {
      return switch (field) {
        case TITLE -> title;
        case SUMMARY -> summary;
        default -> throw new IllegalArgumentException("a course has no " + field);
      };
    }
    for (CourseModule m : modules) {
      if (m.getKey() == key) {
        return field == TextField.TITLE ? m.getTitle() : LocalizedText.empty();
      }
    }
    return item(key).text(field);
  }

  /**
   * Remembers a text just written in {@code language}. A translation is noted with the source text
   * it was made from; a changed source leaves every translation made from the old one outdated
   * (also one written before Tegn kept a basis) until a translator saves it again.
   */
  public void noteWritten(
      long key, TextField field, String language, LocalizedText before, LocalizedText after) {
    Map<String, String> basis = new TreeMap<>(translationBasis);
    if (language.equals(authoringLanguage)) {
      Optional<String> old = before.exactly(language);
      if (old.isEmpty() || old.equals(after.exactly(language))) {
        return;
      }
      for (String translated : after.asMap().keySet()) {
        if (!translated.equals(language)) {
          basis.putIfAbsent(basisId(key, field, translated), fingerprint(old.get()));
        }
      }
    } else if (after.has(language)) {
      basis.put(
          basisId(key, field, language), fingerprint(after.exactly(authoringLanguage).orElse("")));
    } else {
      basis.remove(basisId(key, field, language));
    }
    translationBasis = basis;
  }

  /** A course package brings every language as its author checked them: none is outdated. */
  public void forgetTranslationBasis() {
    translationBasis = new TreeMap<>();
  }

  /** Whether the translation into {@code language} was made from a source text since changed. */
  public boolean isOutdated(long key, TextField field, String language) {
    String madeFrom = translationBasis.get(basisId(key, field, language));
    LocalizedText text = text(key, field);
    return madeFrom != null
        && text.has(language)
        && !madeFrom.equals(fingerprint(text.exactly(authoringLanguage).orElse("")));
  }

  private static String basisId(long key, TextField field, String language) {
    return key + ":" + field + ":" + language;
  }

  /** A short fingerprint of a source text: enough to tell that it changed. */
  private static String fingerprint(String source) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public CourseModule addModule(String language, String title) {
    CourseModule module = new CourseModule(this, nextKey(), modules.size(), language, title);
    modules.add(module);
    return module;
  }

  public void removeModule(long key) {
    modules.remove(module(key));
    renumber(modules);
  }

  /** Puts the modules in the order of {@code keys}, which must name every module once. */
  public void reorderModules(List<Long> keys) {
    modules.sort(Comparator.comparingInt(m -> indexIn(keys, m.getKey(), modules.size())));
    renumber(modules);
  }

  public CourseModule module(long key) {
    return modules.stream()
        .filter(m -> m.getKey() == key)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no module " + key));
  }

  public CourseItem item(long key) {
    return modules.stream()
        .flatMap(m -> m.getItems().stream())
        .filter(i -> i.getKey() == key)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no item " + key));
  }

  /** Texts still missing per language the course is offered in, in reading order. */
  public List<UntranslatedText> untranslated() {
    List<UntranslatedText> missing = new ArrayList<>();
    for (String language : getLanguages()) {
      String courseTitle = title.resolve(authoringLanguage, authoringLanguage);
      addIfMissing(missing, language, 0, courseTitle, TextField.TITLE, title);
      addIfMissing(missing, language, 0, courseTitle, TextField.SUMMARY, summary);
      for (CourseModule m : modules) {
        String place = m.getTitle().resolve(authoringLanguage, authoringLanguage);
        addIfMissing(missing, language, m.getKey(), place, TextField.TITLE, m.getTitle());
        for (CourseItem item : m.getItems()) {
          String itemPlace =
              place
                  + " › "
                  + item.text(TextField.TITLE).resolve(authoringLanguage, authoringLanguage);
          for (TextField field : item.getKind().fields()) {
            addIfMissing(missing, language, item.getKey(), itemPlace, field, item.text(field));
          }
        }
      }
    }
    return missing;
  }

  long nextKey() {
    return ++lastKey;
  }

  public int nextVersion() {
    return publishedVersion + 1;
  }

  /** Records that version {@code number} was published from this draft. */
  public void published(int number) {
    if (number != publishedVersion + 1) {
      throw new IllegalStateException("version " + number + " after " + publishedVersion);
    }
    publishedVersion = number;
  }

  /** Opens or closes the course for self-enrolment from the catalogue (a trainer's choice). */
  public void allowSelfEnrolment(boolean allowed) {
    this.selfEnrolment = allowed;
  }

  public void markAsDemo(String key) {
    this.demoKey = key;
  }

  private void addIfMissing(
      List<UntranslatedText> missing,
      String language,
      long key,
      String place,
      TextField field,
      LocalizedText text) {
    boolean absent = !text.isEmpty() && !text.has(language);
    if (absent || isOutdated(key, field, language)) {
      missing.add(
          new UntranslatedText(
              language,
              key,
              place,
              field,
              text.resolve(authoringLanguage, authoringLanguage),
              !absent));
    }
  }

  static <T extends Positioned> void renumber(List<T> list) {
    for (int i = 0; i < list.size(); i++) {
      list.get(i).placeAt(i);
    }
  }

  static int indexIn(List<Long> keys, long key, int size) {
    if (keys.size() != size || keys.stream().distinct().count() != size) {
      throw new IllegalArgumentException("the new order must name every entry once");
    }
    int index = keys.indexOf(key);
    if (index < 0) {
      throw new IllegalArgumentException("the new order lacks " + key);
    }
    return index;
  }

  static void requireLanguage(String language) {
    if (!ContentLanguages.isSupported(language)) {
      throw new IllegalArgumentException("unsupported language " + language);
    }
  }

  static String requireText(String text) {
    if (text == null || text.isBlank()) {
      throw rule("titleRequired");
    }
    return text.strip();
  }

  /** A title may be translated away in every language but one; it never becomes empty. */
  static LocalizedText keepAuthored(LocalizedText changed) {
    if (changed.isEmpty()) {
      throw rule("titleRequired");
    }
    return changed;
  }

  static RuleViolationException rule(String key, Object... args) {
    return new RuleViolationException(Messages.COURSES, "courses_rules." + key, args);
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getAuthoringLanguage() {
    return authoringLanguage;
  }

  public LocalizedText getTitle() {
    return title;
  }

  public LocalizedText getSummary() {
    return summary;
  }

  public Set<Audience> getAudiences() {
    Set<Audience> set = EnumSet.noneOf(Audience.class);
    Arrays.stream(audiences.split(","))
        .filter(s -> !s.isBlank())
        .forEach(s -> set.add(Audience.valueOf(s)));
    return set;
  }

  public List<String> getLanguages() {
    return List.of(languages.split(","));
  }

  public int getEstimatedMinutes() {
    return estimatedMinutes;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public Integer getCertificateValidityMonths() {
    return certificateValidityMonths;
  }

  public boolean isSelfEnrolment() {
    return selfEnrolment;
  }

  public int getPublishedVersion() {
    return publishedVersion;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<CourseModule> getModules() {
    return Collections.unmodifiableList(modules);
  }

  public long getVersion() {
    return version;
  }
}
