package dk.tegn.courses.course.entity;

import dk.tegn.i18n.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** A module of a course draft: a titled, ordered list of items. */
@Entity
@Table(name = "crs_module")
public class CourseModule implements Positioned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id", nullable = false)
  private Course course;

  @Column(name = "item_key", nullable = false)
  private long key;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private LocalizedText title;

  /** The key a course package gave it; null when made in the editor (see PackageKeys). */
  @Column(name = "package_key", length = 80)
  private String packageKey;

  @Column(name = "locked_until_previous", nullable = false)
  private boolean lockedUntilPreviousComplete;

  @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CourseItem> items = new ArrayList<>();

  @Version private long version;

  protected CourseModule() {}

  CourseModule(Course course, long key, int position, String language, String title) {
    Course.requireLanguage(language);
    this.course = course;
    this.key = key;
    this.position = position;
    this.title = LocalizedText.of(language, Course.requireText(title));
  }

  public void translateTitle(String language, String text) {
    Course.requireLanguage(language);
    title = Course.keepAuthored(title.with(language, text));
  }

  /** Trainees cannot open this module before they complete the one before it. */
  public void lockUntilPreviousComplete(boolean locked) {
    this.lockedUntilPreviousComplete = locked;
  }

  public CourseItem addLesson(String language, String title, String markdown) {
    CourseItem item = add(ItemKind.LESSON, language, title);
    item.translate(TextField.BODY, language, markdown);
    return item;
  }

  public CourseItem addScenario(
      String language, String title, String story, String question, String explanation) {
    CourseItem item = add(ItemKind.SCENARIO, language, title);
    item.translate(TextField.STORY, language, story);
    item.translate(TextField.QUESTION, language, question);
    item.translate(TextField.EXPLANATION, language, explanation);
    return item;
  }

  /** A quiz item; with no quiz yet (null) until the trainer picks or makes one. */
  public CourseItem addQuiz(String language, String title, Long quizId) {
    CourseItem item = add(ItemKind.QUIZ, language, title);
    if (quizId != null) {
      item.pointTo(quizId);
    }
    return item;
  }

  public CourseItem addScorm(String language, String title) {
    return add(ItemKind.SCORM, language, title);
  }

  private CourseItem add(ItemKind kind, String language, String title) {
    CourseItem item = new CourseItem(this, course.nextKey(), items.size(), kind, language, title);
    items.add(item);
    return item;
  }

  public void removeItem(long key) {
    items.removeIf(i -> i.getKey() == key);
    Course.renumber(items);
  }

  /** Puts the items in the order of {@code keys}, which must name every item once. */
  public void reorderItems(List<Long> keys) {
    items.sort(Comparator.comparingInt(i -> Course.indexIn(keys, i.getKey(), items.size())));
    Course.renumber(items);
  }

  @Override
  public void placeAt(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Course getCourse() {
    return course;
  }

  public long getKey() {
    return key;
  }

  public String getPackageKey() {
    return packageKey;
  }

  /** Remembers the key the imported package gave it, so export and lesson references keep it. */
  public void keyedInPackage(String packageKey) {
    this.packageKey = packageKey;
  }

  public int getPosition() {
    return position;
  }

  public LocalizedText getTitle() {
    return title;
  }

  public boolean isLockedUntilPreviousComplete() {
    return lockedUntilPreviousComplete;
  }

  public List<CourseItem> getItems() {
    return Collections.unmodifiableList(items);
  }
}
