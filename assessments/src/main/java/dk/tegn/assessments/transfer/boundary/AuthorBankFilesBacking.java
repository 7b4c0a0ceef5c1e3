package dk.tegn.assessments.transfer.boundary;

import dk.tegn.assessments.FacesSupport;
import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.transfer.control.BankFileException;
import dk.tegn.assessments.transfer.control.MoodleImport;
import dk.tegn.assessments.transfer.control.MoodleXml.Unmapped;
import dk.tegn.assessments.transfer.control.MoodleXmlExport;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.core.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The other-formats form of /assessments/author/banks.xhtml: a Moodle XML, GIFT or QTI 2.1 file is
 * previewed first (how many questions, and per question what cannot be mapped and why), then
 * imported all or nothing; categories export as Moodle XML or QTI 2.1. Kept apart from the page's
 * bank-file bean.
 */
@Named
@ViewScoped
public class AuthorBankFilesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A Moodle file is at most this large; the bank checks apply to what it maps to. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  @Inject MoodleImport moodle;
  @Inject CurrentCaller caller;

  private String format = "moodle-xml";
  private String language = "da";
  private transient Part upload;
  private byte[] file;
  private String fileName;
  private Integer questions;
  private List<Unmapped> unmapped = new ArrayList<>();
  private List<String> problems = new ArrayList<>();

  /** Reads the chosen file and shows what it would bring in; saves nothing. */
  public void preview() {
    questions = null;
    unmapped = new ArrayList<>();
    problems = new ArrayList<>();
    if (upload == null || upload.getSize() == 0) {
      FacesSupport.error("moodle:upload", "assessments_author_banks.moodleNoFile");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      file = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fileName = upload.getSubmittedFileName();
    if (file.length > MAX_BYTES) {
      file = null;
      FacesSupport.error("moodle:upload", "assessments_author_banks.moodleTooLarge", 16);
      return;
    }
    try {
      var conversion =
          moodle.preview(MoodleImport.Format.of(format), fileName, file, language, organisation());
      questions = conversion.questions();
      unmapped = new ArrayList<>(conversion.unmapped());
    } catch (BankFileException e) {
      refused(e);
    }
  }

  /** Imports the previewed file, all or nothing. */
  public void importFile() {
    if (file == null) {
      FacesSupport.error("moodle:upload", "assessments_author_banks.moodleNoFile");
      return;
    }
    try {
      MoodleImport.Result result =
          moodle.importFile(
              MoodleImport.Format.of(format), fileName, file, language, organisation());
      FacesSupport.info(
          "assessments_author_banks.imported",
          result.report().categories(),
          result.report().questions(),
          result.report().newVersions(),
          result.report().quizzes());
      file = null;
      questions = null;
    } catch (BankFileException e) {
      refused(e);
    } catch (RuleViolationException e) {
      FacesSupport.error(null, e);
    }
  }

  private void refused(BankFileException e) {
    file = null;
    problems = e.messages(FacesSupport.locale());
    FacesSupport.error(null, "assessments_author_banks.refused", problems.size());
  }

  /** The chosen categories as Moodle XML. */
  public StreamedContent moodleXml(List<Long> categoryIds) {
    MoodleXmlExport.Export export = moodle.exportMoodleXml(categoryIds);
    byte[] bytes = export.xml();
    return DefaultStreamedContent.builder()
        .name("tegn-bank.xml")
        .contentType("application/xml")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** The chosen categories as a QTI 2.1 content package. */
  public StreamedContent qti(List<Long> categoryIds) {
    byte[] bytes = moodle.exportQti(categoryIds).zip();
    return DefaultStreamedContent.builder()
        .name("tegn-qti.zip")
        .contentType("application/zip")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private long organisation() {
    return BankAccess.homeOrganisation(caller);
  }

  public boolean isPreviewed() {
    return file != null && questions != null;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public Integer getQuestions() {
    return questions;
  }

  public List<Unmapped> getUnmapped() {
    return unmapped;
  }

  public List<String> getProblems() {
    return problems;
  }
}
