package dk.tegn.courses.course.boundary;

import dk.tegn.assessments.quiz.control.QuizFacts;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.courses.CoursesFaces;
import dk.tegn.courses.CoursesNavigation;
import dk.tegn.courses.content.boundary.CourseText;
import dk.tegn.courses.course.control.CourseAuthoring;
import dk.tegn.courses.course.entity.Audience;
import dk.tegn.courses.course.entity.Course;
import dk.tegn.courses.course.entity.CourseItem;
import dk.tegn.courses.course.entity.CourseModule;
import dk.tegn.courses.course.entity.ItemKind;
import dk.tegn.courses.course.entity.TextField;
import dk.tegn.courses.course.entity.UntranslatedText;
import dk.tegn.courses.upload.control.Uploads;
import dk.tegn.courses.upload.entity.UploadSummary;
import dk.tegn.i18n.ContentLanguages;
import dk.tegn.i18n.LocalizedText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.event.ReorderEvent;

/**
 * Backs /courses/author/course.xhtml?id=&lang=: the course editor. Texts are edited in one language
 * at a time ({@code lang}); when that is not the language the course was written in, the original
 * shows beside each field, which makes the same page the translation editor. Holds ids and form
 * values only; the draft is read fresh for every request.
 */
@Named
@ViewScoped
public class AuthorCourseBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String DRAFT = "courses.author.draft";

  @Inject CourseAuthoring authoring;
  @Inject Uploads uploads;
  @Inject QuizFacts quizzes;
  @Inject CourseText courseText;

  private long id;
  private String lang;

  private String title;
  private String summary;
  private List<String> audiences = new ArrayList<>();
  private List<String> languages = new ArrayList<>();
  private Integer estimatedMinutes;
  private boolean mandatory;
  private boolean selfEnrolment;
  private Integer validityMonths;

  private String newModuleTitle;
  private Long selectedModule;
  private String newItemTitle;
  private ItemKind newItemKind = ItemKind.LESSON;
  private Long newItemQuiz;

  private Long selectedItem;
  private final Map<String, String> itemTexts = new HashMap<>();
  private boolean itemRequired;
  private boolean itemMarkDone;
  private Long itemQuiz;
  private String previewHtml;

  private transient Part file;
  private boolean uploadImage = true;
  private String uploadAlt;

  /** Without a course id (the language switch reloads without parameters): the course list. */
  public String load() {
    if (id == 0) {
      return CoursesNavigation.AUTHORING + "?faces-redirect=true";
    }
    Course course = course();
    if (!ContentLanguages.isSupported(lang)) {
      lang = course.getAuthoringLanguage();
    }
    title = course.getTitle().exactly(lang).orElse(null);
    summary = course.getSummary().exactly(lang).orElse(null);
    audiences = new ArrayList<>(course.getAudiences().stream().map(Enum::name).toList());
    languages = new ArrayList<>(course.getLanguages());
    estimatedMinutes = course.getEstimatedMinutes();
    mandatory = course.isMandatory();
    selfEnrolment = course.isSelfEnrolment();
    validityMonths = course.getCertificateValidityMonths();
    if (selectedModule == null && !course.getModules().isEmpty()) {
      selectedModule = course.getModules().get(0).getKey();
    }
    return null;
  }

  /** The draft, read once per request. */
  public Course course() {
    Map<String, Object> request =
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    return (Course) request.computeIfAbsent(DRAFT, k -> authoring.draft(id));
  }

  private void changed() {
    FacesContext.getCurrentInstance().getExternalContext().getRequestMap().remove(DRAFT);
  }

  public void saveSettings() {
    try {
      authoring.translate(id, 0, TextField.TITLE, lang, title);
      authoring.translate(id, 0, TextField.SUMMARY, lang, summary);
      authoring.configure(
          id,
          audiences.stream().map(Audience::valueOf).collect(Collectors.toSet()),
          languages,
          estimatedMinutes,
          mandatory,
          validityMonths);
      authoring.allowSelfEnrolment(id, selfEnrolment);
      CoursesFaces.info("courses_author_course.saved");
    } catch (RuleViolationException refused) {
      CoursesFaces.error("settings:title", refused);
    }
    changed();
  }

  public void addModule() {
    selectedModule = authoring.addModule(id, lang, newModuleTitle).getKey();
    newModuleTitle = null;
    changed();
  }

  public void removeModule(long key) {
    authoring.removeModule(id, key);
    if (Long.valueOf(key).equals(selectedModule)) {
      selectedModule = null;
      selectedItem = null;
    }
    changed();
  }

  public void lockModule(long key, boolean locked) {
    authoring.lockModule(id, key, locked);
    changed();
  }

  public void moveModule(long key, int direction) {
    List<Long> keys =
        new ArrayList<>(course().getModules().stream().map(CourseModule::getKey).toList());
    if (move(keys, key, direction)) {
      authoring.reorderModules(id, keys);
      changed();
    }
  }

  public void onModuleReorder(ReorderEvent event) {
    List<Long> keys =
        new ArrayList<>(course().getModules().stream().map(CourseModule::getKey).toList());
    keys.add(event.getToIndex(), keys.remove(event.getFromIndex()));
    authoring.reorderModules(id, keys);
    changed();
  }

  public void selectModule(long key) {
    selectedModule = key;
    selectedItem = null;
  }

  /**
   * The modules as the drag-and-drop table's value: PrimeFaces reorders that list in place before
   * the reorder listener runs, so it gets a copy of the draft's (unmodifiable) list.
   */
  public List<CourseModule> getModuleRows() {
    return new ArrayList<>(course().getModules());
  }

  /** The selected module's items, as a copy for the same reason as {@link #getModuleRows}. */
  public List<CourseItem> getItemRows() {
    CourseModule module = getModule();
    return module == null ? List.of() : new ArrayList<>(module.getItems());
  }

  public CourseModule getModule() {
    return selectedModule == null
        ? null
        : course().getModules().stream()
            .filter(m -> m.getKey() == selectedModule)
            .findFirst()
            .orElse(null);
  }

  public void addItem() {
    CourseItem item =
        switch (newItemKind) {
          case LESSON -> authoring.addLesson(id, selectedModule, lang, newItemTitle, null);
          case SCENARIO ->
              authoring.addScenario(id, selectedModule, lang, newItemTitle, null, null, null);
          case QUIZ -> authoring.addQuiz(id, selectedModule, lang, newItemTitle, newItemQuiz);
          case SCORM -> authoring.addScorm(id, selectedModule, lang, newItemTitle);
        };
    newItemTitle = null;
    changed();
    selectItem(item.getKey());
  }

  public void removeItem(long key) {
    authoring.removeItem(id, key);
    if (Long.valueOf(key).equals(selectedItem)) {
      selectedItem = null;
    }
    changed();
  }

  public void moveItem(long key, int direction) {
    List<Long> keys =
        new ArrayList<>(getModule().getItems().stream().map(CourseItem::getKey).toList());
    if (move(keys, key, direction)) {
      authoring.reorderItems(id, selectedModule, keys);
      changed();
    }
  }

  public void onItemReorder(ReorderEvent event) {
    List<Long> keys =
        new ArrayList<>(getModule().getItems().stream().map(CourseItem::getKey).toList());
    keys.add(event.getToIndex(), keys.remove(event.getFromIndex()));
    authoring.reorderItems(id, selectedModule, keys);
    changed();
  }

  public void selectItem(long key) {
    selectedItem = key;
    CourseItem item = course().item(key);
    itemTexts.clear();
    for (TextField field : item.getKind().fields()) {
      itemTexts.put(field.name(), item.text(field).exactly(lang).orElse(null));
    }
    itemRequired = item.isRequired();
    itemMarkDone = item.isMarkDoneRequired();
    itemQuiz = item.getQuizId();
    previewHtml = null;
  }

  public CourseItem getItem() {
    return selectedItem == null ? null : course().item(selectedItem);
  }

  public void saveItem() {
    try {
      CourseItem item = getItem();
      for (TextField field : item.getKind().fields()) {
        authoring.translate(id, selectedItem, field, lang, itemTexts.get(field.name()));
      }
      authoring.setItemRules(id, selectedItem, itemRequired, itemMarkDone);
      if (item.getKind() == ItemKind.QUIZ && itemQuiz != null) {
        authoring.pointQuizTo(id, selectedItem, itemQuiz);
      }
      CoursesFaces.info("courses_author_course.saved");
    } catch (RuleViolationException refused) {
      CoursesFaces.error(null, refused);
    }
    changed();
  }

  /** Makes a quiz for the quiz item being edited and opens it, to add its questions. */
  public String newQuiz() {
    try {
      long quizId = authoring.newQuizFor(id, selectedItem);
      CoursesFaces.info("courses_author_course.quizMade");
      return "/assessments/author/quiz.xhtml?faces-redirect=true&id=" + quizId + "&course=" + id;
    } catch (RuleViolationException refused) {
      CoursesFaces.error(null, refused);
      return null;
    }
  }

  public void preview() {
    previewHtml = courseText.markdown(itemTexts.get(TextField.BODY.name()), lang);
  }

  /** Stores the chosen file and adds its Markdown to the lesson text being edited. */
  public void upload() {
    if (file == null || file.getSize() == 0) {
      return;
    }
    try {
      UploadSummary stored =
          uploads.upload(
              id,
              uploadImage,
              file.getSubmittedFileName(),
              CoursesFaces.bytes(file, Uploads.MAX_MEGABYTES * 1024L * 1024),
              uploadAlt);
      String body = itemTexts.get(TextField.BODY.name());
      itemTexts.put(
          TextField.BODY.name(),
          (body == null || body.isBlank() ? "" : body + "\n\n") + stored.markdown());
      uploadAlt = null;
      CoursesFaces.info("courses_author_course.uploaded");
    } catch (RuleViolationException refused) {
      CoursesFaces.error("upload:file", refused);
    }
  }

  public List<UploadSummary> getUploads() {
    return uploads.ofCourse(id, 0, 100);
  }

  public List<UntranslatedText> getUntranslated() {
    return authoring.untranslated(id);
  }

  public List<SelectItem> getQuizzes() {
    List<SelectItem> items = new ArrayList<>();
    for (QuizFacts.QuizChoice quiz : quizzes.choices(0, 500)) {
      items.add(new SelectItem(quiz.id(), courseText.of(quiz.title()) + " (" + quiz.code() + ")"));
    }
    return items;
  }

  /** The text in the course's own language, shown beside a field while translating. */
  public String source(LocalizedText text) {
    String authored = course().getAuthoringLanguage();
    return authored.equals(lang) ? null : text.exactly(authored).orElse(null);
  }

  /** Whether the translation in the page's language of {@code key}'s {@code field} is outdated. */
  public boolean outdated(long key, TextField field) {
    return isTranslating() && course().isOutdated(key, field, lang);
  }

  public boolean isTranslating() {
    return !course().getAuthoringLanguage().equals(lang);
  }

  public List<String> getSupportedLanguages() {
    return ContentLanguages.SUPPORTED;
  }

  public Audience[] getAllAudiences() {
    return Audience.values();
  }

  public ItemKind[] getKinds() {
    return ItemKind.values();
  }

  private static boolean move(List<Long> keys, long key, int direction) {
    int from = keys.indexOf(key);
    int to = from + direction;
    if (from < 0 || to < 0 || to >= keys.size()) {
      return false;
    }
    keys.add(to, keys.remove(from));
    return true;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public void setLanguages(List<String> languages) {
    this.languages = languages;
  }

  public Integer getEstimatedMinutes() {
    return estimatedMinutes;
  }

  public void setEstimatedMinutes(Integer estimatedMinutes) {
    this.estimatedMinutes = estimatedMinutes;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public void setMandatory(boolean mandatory) {
    this.mandatory = mandatory;
  }

  public boolean isSelfEnrolment() {
    return selfEnrolment;
  }

  public void setSelfEnrolment(boolean selfEnrolment) {
    this.selfEnrolment = selfEnrolment;
  }

  public Integer getValidityMonths() {
    return validityMonths;
  }

  public void setValidityMonths(Integer validityMonths) {
    this.validityMonths = validityMonths;
  }

  public String getNewModuleTitle() {
    return newModuleTitle;
  }

  public void setNewModuleTitle(String newModuleTitle) {
    this.newModuleTitle = newModuleTitle;
  }

  public Long getSelectedModule() {
    return selectedModule;
  }

  public String getNewItemTitle() {
    return newItemTitle;
  }

  public void setNewItemTitle(String newItemTitle) {
    this.newItemTitle = newItemTitle;
  }

  public ItemKind getNewItemKind() {
    return newItemKind;
  }

  public void setNewItemKind(ItemKind newItemKind) {
    this.newItemKind = newItemKind;
  }

  public Long getNewItemQuiz() {
    return newItemQuiz;
  }

  public void setNewItemQuiz(Long newItemQuiz) {
    this.newItemQuiz = newItemQuiz;
  }

  public Long getSelectedItem() {
    return selectedItem;
  }

  public Map<String, String> getItemTexts() {
    return itemTexts;
  }

  public boolean isItemRequired() {
    return itemRequired;
  }

  public void setItemRequired(boolean itemRequired) {
    this.itemRequired = itemRequired;
  }

  public boolean isItemMarkDone() {
    return itemMarkDone;
  }

  public void setItemMarkDone(boolean itemMarkDone) {
    this.itemMarkDone = itemMarkDone;
  }

  public Long getItemQuiz() {
    return itemQuiz;
  }

  public void setItemQuiz(Long itemQuiz) {
    this.itemQuiz = itemQuiz;
  }

  public String getPreviewHtml() {
    return previewHtml;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isUploadImage() {
    return uploadImage;
  }

  public void setUploadImage(boolean uploadImage) {
    this.uploadImage = uploadImage;
  }

  public String getUploadAlt() {
    return uploadAlt;
  }

  public void setUploadAlt(String uploadAlt) {
    this.uploadAlt = uploadAlt;
  }
}
