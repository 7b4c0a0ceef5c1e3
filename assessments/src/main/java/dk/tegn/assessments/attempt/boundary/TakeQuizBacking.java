package dk.tegn.assessments.attempt.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.assessments.FacesSupport;
import dk.tegn.assessments.attempt.control.AnswerSaves;
import dk.tegn.assessments.attempt.control.AttemptView;
import dk.tegn.assessments.attempt.control.Attempts;
import dk.tegn.assessments.attempt.control.MissedLessons;
import dk.tegn.assessments.attempt.control.QuestionView;
import dk.tegn.assessments.attempt.control.QuizOverview;
import dk.tegn.assessments.attempt.control.SaveGate;
import dk.tegn.assessments.attempt.control.SubmitGate;
import dk.tegn.assessments.question.entity.QuestionType;
import dk.tegn.core.problem.BusyException;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code /assessments/take/quiz.xhtml?id=<quizId>&context=<id>&return=<path>}: resumes the
 * learner's open attempt (or offers to start one), saves each answer to the server as it is given,
 * submits, and shows the result and the review the quiz allows. {@code context} is where the
 * learner came from (courses: the course id), whose attempts alone count here.
 *
 * <p>Navigation as in Moodle: a question map (answered, flagged, on this page), a flag "for review"
 * per question stored with the attempt, and a summary before submitting ({@code &summary=true});
 * {@code &slot=<n>} opens the page that holds question n. Both are plain links (GET), so the
 * browser's Back and a reload show the same thing.
 */
@Named
@ViewScoped
public class TakeQuizBacking implements Serializable {

  /** The request parameter that carries the device's order of an answer (see answerSequence). */
  public static final String ANSWER_SEQUENCE = "tegn-answer-seq";

  private static final Logger LOG = Logger.getLogger(TakeQuizBacking.class.getName());

  /**
   * With {@code -Dtegn.quiz.countComponents=true} each page opened (not a postback) logs the size
   * of its component tree and its number of questions (ops/BENCHMARKS.md §9.16).
   */
  private static final boolean COUNT_COMPONENTS = Boolean.getBoolean("tegn.quiz.countComponents");

  @Inject Attempts attempts;
  @Inject AnswerSaves answers;
  @Inject AttemptStarts starts;
  @Inject SaveGate gate;
  @Inject SubmitGate submits;
  @Inject MissedLessons missedLessons;

  private long id;
  private long context;
  private String returnTo;
  private QuizOverview overview;
  private AttemptView attempt;
  private List<MissedLessons.Pointer> lessonPointers = List.of();
  private int page;
  private final Map<String, AnswerForm> forms = new HashMap<>();
  private final Map<Integer, Boolean> saved = new HashMap<>();
  private final Map<Integer, Boolean> flags = new HashMap<>();
  private int slot;
  private boolean summary;
  private Integer startRetryAfter;
  private Integer submitRetryAfter;

  public void load() {
    Attempts.QuizPage shown = attempts.page(id, context, FacesSupport.language());
    overview = shown.overview();
    if (shown.attempt() != null) {
      show(shown.attempt());
    }
    if (!shown.prepared() && overview.attempts().isEmpty() && overview.canStart()) {
      // the page shows "Start" for a first attempt (an exam hall before its signal): the attempt is
      // drawn now, so the start only stamps it. Not after a submit: the result page a hall loads at
      // the end would draw a retake nobody may want, in the minutes the submits are busiest
      prepareQuietly();
    }
    if (attempt != null && slot >= 1 && slot <= attempt.questions().size()) {
      int perPage = attempt.questionsPerPage();
      page = perPage <= 0 ? 0 : (slot - 1) / perPage;
    }
  }

  /** A prepare refused (say, the quiz closed meanwhile) leaves the page as read; start says why. */
  private void prepareQuietly() {
    try {
      starts.prepare(id, context, FacesSupport.language());
    } catch (RuleViolationException | BusyException refused) {
      // the start refuses the same in the trainee's language
    }
  }

  /**
   * Starts through the same queue as the API's start. When no place came within its bound nothing
   * has started (so no time runs): the page says it waits for a place and presses start again by
   * itself after the Retry-After (countdown.js).
   */
  public void start() {
    startRetryAfter = null;
    try {
      starts.startAndWait(id, context, FacesSupport.language());
      reopen("");
    } catch (BusyException busy) {
      startRetryAfter = busy.retryAfterSeconds();
    } catch (RuleViolationException e) {
      FacesSupport.error(null, e);
    }
  }

  /**
   * Saves the answer of one slot, as the learner gives it. A save refused as busy is answered 503
   * with Retry-After, as the API answers it: the page keeps the answer and sends it again by itself
   * (offline-answers.js, as an answer given with no network), saying "saving…" until it is stored.
   */
  public void save(int slot) {
    try {
      store(slot);
    } catch (BusyException busy) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      faces
          .getExternalContext()
          .setResponseHeader("Retry-After", String.valueOf(busy.retryAfterSeconds()));
      faces.responseComplete();
    }
  }

  /** Moves an item of an order question and saves the new order. */
  public void move(int slot, String part, int index, int direction) {
    forms.get(slot + ":" + part).move(index, direction);
    try {
      store(slot);
    } catch (BusyException busy) {
      // a move is not kept to be sent again: the list goes back as stored, and the page says why
      refresh();
      FacesSupport.error(
          null, new RuleViolationException(Messages.ASSESSMENTS, "assessments_attempt.saveBusy"));
    }
  }

  /**
   * @throws BusyException when the save had no turn within the bound: nothing was stored
   */
  private void store(int slot) {
    QuestionView q = question(slot);
    JsonObject response = response(q);
    if (response == null) {
      return;
    }
    try {
      Long seq = answerSequence();
      gate.save(() -> answers.save(attempt.id(), slot, response, seq));
      saved.put(slot, true);
    } catch (RuleViolationException e) {
      FacesSupport.error(null, e);
      refresh();
    }
  }

  /**
   * The device's order of the answer being saved, which the page's offline-answers.js writes into
   * the form before each save: an answer it kept offline and sends later must not overwrite this
   * one. Null when absent or not a number (saved as "latest wins").
   */
  private static Long answerSequence() {
    String value =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(ANSWER_SEQUENCE);
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Stores the question's flag "for review" as the checkbox now shows it. */
  public void flag(int slot) {
    boolean wanted = flags.getOrDefault(slot, false);
    try {
      attempts.flag(attempt.id(), slot, wanted);
    } catch (RuleViolationException e) {
      // not stored: the checkbox is drawn again as the server has it (normally only the map is)
      flags.put(slot, !wanted);
      FacesContext faces = FacesContext.getCurrentInstance();
      UIComponent checkbox = UIComponent.getCurrentComponent(faces);
      if (checkbox != null) {
        faces.getPartialViewContext().getRenderIds().add(checkbox.getClientId(faces));
      }
      FacesSupport.error(null, e);
      refresh();
    }
  }

  /**
   * Submits through the submits' gate, as the API. Refused for now (too many submits at once),
   * nothing was submitted and every answer stays saved: the page says it is submitting and waits,
   * and presses submit again by itself after the Retry-After (countdown.js).
   */
  public void submit() {
    submitRetryAfter = null;
    try {
      show(submits.submit(() -> attempts.submit(attempt.id(), FacesSupport.language())));
      overview = attempts.overview(id, context, FacesSupport.language());
    } catch (BusyException busy) {
      submitRetryAfter = busy.retryAfterSeconds();
    } catch (RuleViolationException e) {
      FacesSupport.error(null, e);
      refresh();
    }
  }

  /** Called when the countdown reaches zero: the server submits and the result is shown. */
  public void refresh() {
    show(attempts.view(attempt.id(), FacesSupport.language()));
    overview = attempts.overview(id, context, FacesSupport.language());
  }

  public void next() {
    openPage(Math.min(page + 1, pages() - 1));
  }

  public void previous() {
    openPage(Math.max(page - 1, 0));
  }

  private void openPage(int number) {
    int perPage = attempt.questionsPerPage();
    reopen(perPage <= 0 ? "" : "&slot=" + (number * perPage + 1));
  }

  /**
   * Loads the page anew (a GET, so a reload repeats nothing) after a start or to another page: the
   * address names the page shown (quiz.xhtml draws its questions with one ui:repeat).
   */
  private void reopen(String extra) {
    try {
      FacesContext.getCurrentInstance().getExternalContext().redirect(pageLink(extra));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void show(AttemptView view) {
    attempt = view;
    lessonPointers = missedLessons.of(view, FacesSupport.language());
    forms.clear();
    saved.clear();
    flags.clear();
    for (QuestionView q : view.questions()) {
      flags.put(q.slot(), q.flagged());
      forms.put(q.slot() + ":", new AnswerForm(q));
      q.parts().forEach(p -> forms.put(q.slot() + ":" + p.part(), new AnswerForm(p)));
      saved.put(q.slot(), q.response() != null);
    }
  }

  private JsonObject response(QuestionView q) {
    if (q.type() != QuestionType.SCENARIO) {
      return forms.get(q.slot() + ":").response();
    }
    JsonObjectBuilder parts = JSON.createObjectBuilder();
    for (QuestionView p : q.parts()) {
      JsonObject r = forms.get(q.slot() + ":" + p.part()).response();
      if (r != null) {
        parts.add(p.part(), r);
      }
    }
    return JSON.createObjectBuilder().add("parts", parts).build();
  }

  private QuestionView question(int slot) {
    return attempt.questions().get(slot - 1);
  }

  // ---- for the page

  /** Logs the component count of the view when asked to (COUNT_COMPONENTS): preRenderView. */
  public void countComponents() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!COUNT_COMPONENTS || faces.isPostback()) {
      return;
    }
    int questions = attempt != null && isInProgress() ? getPageQuestions().size() : 0;
    LOG.info(
        () ->
            "quiz page: "
                + countOf(faces.getViewRoot())
                + " components, "
                + questions
                + " questions on the page");
  }

  private static int countOf(UIComponent component) {
    int n = 1;
    for (var i = component.getFacetsAndChildren(); i.hasNext(); ) {
      n += countOf(i.next());
    }
    return n;
  }

  public AnswerForm form(int slot, String part) {
    return forms.get(slot + ":" + part);
  }

  public boolean isSaved(int slot) {
    return saved.getOrDefault(slot, false);
  }

  /** Slot number to its flag "for review", bound to each question's checkbox. */
  public Map<Integer, Boolean> getFlags() {
    return flags;
  }

  public boolean isFlagged(int slot) {
    return flags.getOrDefault(slot, false);
  }

  /** Whether the question is on the page shown now (never on the summary). */
  public boolean isOnThisPage(int slot) {
    return !summary && getPageQuestions().stream().anyMatch(q -> q.slot() == slot);
  }

  /** The map's and the summary's way to a question: its heading, on this page or on its own. */
  public String slotLink(int slot) {
    return link(slot, isOnThisPage(slot));
  }

  private String link(int slot, boolean onThisPage) {
    return onThisPage ? "#qh-" + slot : pageLink("&slot=" + slot) + "#qh-" + slot;
  }

  /** The summary before submitting, with the same quiz, context and way back. */
  public String getSummaryLink() {
    return pageLink("&summary=true");
  }

  /** Back from the summary to the questions, at the page the learner was on. */
  public String getQuestionsLink() {
    return pageLink("");
  }

  private String pageLink(String extra) {
    String path =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/assessments/take/quiz.xhtml?id="
            + id
            + (context == 0 ? "" : "&context=" + context)
            + (returnTo == null
                ? ""
                : "&return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
    return path + extra;
  }

  /**
   * One question of the map with all it shows, worked out once per row: the map is drawn on every
   * page and after every saved answer, and five calls per row from the page cost more than the row
   * (ops/BENCHMARKS.md §9.5). {@code name} is what a screen reader says: its number, whether it is
   * answered, flagged, and on this page.
   */
  public record MapItem(
      int slot, String link, String classes, String name, boolean current, boolean flagged) {}

  /** The question map: every question of the attempt, in order. */
  public List<MapItem> getMap() {
    Set<Integer> here = new HashSet<>();
    if (!summary) {
      getPageQuestions().forEach(q -> here.add(q.slot()));
    }
    Locale locale = FacesSupport.locale();
    String answered =
        Messages.get(Messages.ASSESSMENTS, locale, "assessments_take_quiz.mapAnswered");
    String notAnswered =
        Messages.get(Messages.ASSESSMENTS, locale, "assessments_take_quiz.mapNotAnswered");
    String flaggedText =
        Messages.get(Messages.ASSESSMENTS, locale, "assessments_take_quiz.mapFlagged");
    String currentText =
        Messages.get(Messages.ASSESSMENTS, locale, "assessments_take_quiz.mapCurrent");
    List<MapItem> items = new ArrayList<>(attempt.questions().size());
    for (QuestionView q : attempt.questions()) {
      int n = q.slot();
      boolean current = here.contains(n);
      boolean isSaved = isSaved(n);
      boolean flagged = isFlagged(n);
      String name =
          format("assessments_take_quiz.mapItem", n)
              + ", "
              + (isSaved ? answered : notAnswered)
              + (flagged ? ", " + flaggedText : "")
              + (current ? ", " + currentText : "");
      String classes =
          "qmap-item"
              + (isSaved ? " qmap-answered" : " qmap-unanswered")
              + (flagged ? " qmap-flagged" : "")
              + (current ? " qmap-current" : "");
      items.add(new MapItem(n, link(n, current), classes, name, current, flagged));
    }
    return items;
  }

  /** After a failed attempt: the lessons that teach the missed questions, with their numbers. */
  public List<MissedLessons.Pointer> getLessonPointers() {
    return lessonPointers;
  }

  public boolean isInProgress() {
    return attempt != null && attempt.inProgress();
  }

  public boolean isFinished() {
    return attempt != null && !attempt.inProgress();
  }

  public int pages() {
    int perPage = attempt.questionsPerPage();
    int count = attempt.questions().size();
    return perPage <= 0 ? 1 : (count + perPage - 1) / perPage;
  }

  public List<QuestionView> getPageQuestions() {
    int perPage = attempt.questionsPerPage();
    List<QuestionView> all = attempt.questions();
    if (perPage <= 0) {
      return all;
    }
    return all.subList(page * perPage, Math.min(all.size(), (page + 1) * perPage));
  }

  public boolean isFirstPage() {
    return page == 0;
  }

  public boolean isLastPage() {
    return page >= pages() - 1;
  }

  public int getPageNumber() {
    return page + 1;
  }

  public long getAnsweredCount() {
    return saved.values().stream().filter(b -> b).count();
  }

  /** What the submit dialog says of the answers: how many, and which questions, are unanswered. */
  public String getSubmitSummary() {
    List<String> unanswered =
        attempt.questions().stream()
            .map(QuestionView::slot)
            .filter(slot -> !isSaved(slot))
            .map(String::valueOf)
            .toList();
    int total = attempt.questions().size();
    return unanswered.isEmpty()
        ? format("assessments_take_quiz.allAnswered", String.valueOf(total))
        : Messages.get(
            Messages.ASSESSMENTS,
            FacesSupport.locale(),
            "assessments_take_quiz.someUnanswered",
            String.valueOf(unanswered.size()),
            String.valueOf(total),
            String.join(", ", unanswered));
  }

  /**
   * The review's mark of one answer: "unanswered", else, when the score may be shown, "right",
   * "partly" or "wrong"; null when nothing may be said.
   */
  public String mark(QuestionView q) {
    if (q.response() == null) {
      return "unanswered";
    }
    if (q.fraction() == null) {
      return null;
    }
    return q.fraction() >= 1 - 1e-9 ? "right" : q.fraction() <= 1e-9 ? "wrong" : "partly";
  }

  /** The text of an option by its public key, for the review. */
  public String optionText(QuestionView q, String key) {
    return AnswerForm.optionText(q, key, FacesSupport.locale());
  }

  /** A response in words: the chosen options, matches or number. */
  public String describe(QuestionView q, JsonObject response) {
    if (response == null) {
      return Messages.get(
          Messages.ASSESSMENTS, FacesSupport.locale(), "assessments_take_quiz.notAnswered");
    }
    if (response.containsKey("keys")) {
      String separator = q.type() == QuestionType.ORDERING ? " → " : "; ";
      return response.getJsonArray("keys").getValuesAs(JsonString.class).stream()
          .map(k -> optionText(q, k.getString()))
          .collect(Collectors.joining(separator));
    }
    if (response.containsKey("matches")) {
      List<String> lines = new ArrayList<>();
      for (QuestionView.Option prompt : q.prompts()) {
        JsonValue match = response.getJsonObject("matches").get(prompt.key());
        lines.add(
            prompt.text()
                + " → "
                + (match instanceof JsonString s ? optionText(q, s.getString()) : "–"));
      }
      return String.join("; ", lines);
    }
    if (response.containsKey("number")) {
      return response.getJsonNumber("number").bigDecimalValue().toPlainString();
    }
    return "";
  }

  public String format(String key, Object argument) {
    return Messages.get(Messages.ASSESSMENTS, FacesSupport.locale(), key, argument);
  }

  public String format(String key, Object first, Object second) {
    return Messages.get(Messages.ASSESSMENTS, FacesSupport.locale(), key, first, second);
  }

  public long getTimeLimitMinutes() {
    Integer seconds = overview.timeLimitSeconds();
    return seconds == null ? 0 : (seconds + 59) / 60;
  }

  public int percent(Double fraction) {
    return fraction == null ? 0 : (int) Math.floor(fraction * 100 + 1e-9);
  }

  /** Seconds until the page presses start again, after a start that found no place; else null. */
  public Integer getStartRetryAfter() {
    return startRetryAfter;
  }

  /** Seconds until the page submits again after a refusal as busy; null when not refused. */
  public Integer getSubmitRetryAfter() {
    return submitRetryAfter;
  }

  public int getSlot() {
    return slot;
  }

  public void setSlot(int slot) {
    this.slot = slot;
  }

  /** The summary before submitting is shown instead of the questions. */
  public boolean isSummary() {
    return summary && isInProgress();
  }

  public void setSummary(boolean summary) {
    this.summary = summary;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public long getContext() {
    return context;
  }

  public void setContext(long context) {
    this.context = context;
  }

  public String getReturnTo() {
    return returnTo;
  }

  /** Only a path inside Tegn, so the link cannot send the learner elsewhere. */
  public void setReturnTo(String returnTo) {
    this.returnTo =
        returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
            ? returnTo
            : null;
  }

  public QuizOverview getOverview() {
    return overview;
  }

  public AttemptView getAttempt() {
    return attempt;
  }
}
