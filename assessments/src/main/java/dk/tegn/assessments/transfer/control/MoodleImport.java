package dk.tegn.assessments.transfer.control;

import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.question.entity.ContentProblem;
import dk.tegn.assessments.transfer.control.MoodleXml.Conversion;
import dk.tegn.assessments.transfer.control.MoodleXml.Unmapped;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Imports a Moodle XML, GIFT or IMS QTI 2.1 question file into a bank: first a preview of what will
 * come in and what cannot be mapped (per question, with the reason), then the import, all or
 * nothing, through the checks of the bank file format. GIFT is read as the Moodle XML it stands for
 * ({@link Gift}). Also writes categories as Moodle XML ({@link MoodleXmlExport}).
 */
@ApplicationScoped
@Transactional
public class MoodleImport {

  /** The question formats of Moodle that Tegn reads. */
  public enum Format {
    MOODLE_XML,
    GIFT,
    /** IMS QTI 2.1: a content package (zip) of items and a test, or one item. */
    QTI;

    /** "moodle-xml" or "gift", as the API and the page name them. */
    public static Format of(String name) {
      for (Format f : values()) {
        if (f.name().replace('_', '-').equalsIgnoreCase(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException("format " + name);
    }
  }

  /** What an import did, and what of the file it left out. */
  public record Result(BankTransfer.ImportReport report, List<Unmapped> unmapped) {}

  @Inject BankTransfer transfer;
  @Inject CurrentCaller caller;

  /**
   * What importing the file into {@code organisationId}'s banks (null: shared) would bring in and
   * leave out; saves nothing.
   *
   * @param language the language of texts without multilang markup
   * @throws BankFileException when the file is not Moodle XML
   */
  public Conversion preview(String fileName, byte[] xml, String language, Long organisationId) {
    return preview(Format.MOODLE_XML, fileName, xml, language, organisationId);
  }

  /** As {@link #preview(String, byte[], String, Long)}, for a file of either format. */
  public Conversion preview(
      Format format, String fileName, byte[] file, String language, Long organisationId) {
    BankAccess.requireAuthor(caller, organisationId);
    Conversion conversion;
    try {
      conversion =
          switch (format) {
            case QTI -> Qti21.read(fileName, file);
            case GIFT -> MoodleXml.convert(fileName, Gift.toMoodleXml(file), language);
            case MOODLE_XML -> MoodleXml.convert(fileName, file, language);
          };
    } catch (RuntimeException unreadable) {
      throw new BankFileException(
          List.of(
              ContentProblem.of(
                  "bank.unreadable", fileName, format, String.valueOf(unreadable.getMessage()))));
    }
    if (!conversion.problems().isEmpty()) {
      throw new BankFileException(conversion.problems());
    }
    return conversion;
  }

  /**
   * Imports every question that maps; nothing when anything in the mapped bank is refused.
   *
   * @throws BankFileException naming every problem; then nothing was imported
   */
  public Result importFile(String fileName, byte[] xml, String language, Long organisationId) {
    return importFile(Format.MOODLE_XML, fileName, xml, language, organisationId);
  }

  /** As {@link #importFile(String, byte[], String, Long)}, for a file of either format. */
  public Result importFile(
      Format format, String fileName, byte[] file, String language, Long organisationId) {
    Conversion conversion = preview(format, fileName, file, language, organisationId);
    return new Result(
        transfer.importBank(conversion.bank(), organisationId), conversion.unmapped());
  }

  /**
   * The categories' current questions as Moodle XML, with what the file cannot hold.
   *
   * @throws dk.tegn.core.security.AccessDeniedException for a category the caller may not author
   */
  public MoodleXmlExport.Export exportMoodleXml(List<Long> categoryIds) {
    return MoodleXmlExport.write(transfer.export(categoryIds, List.of()), "tegn-bank.xml");
  }

  /** The categories' current questions as a QTI 2.1 content package, with what it cannot hold. */
  public Qti21.Export exportQti(List<Long> categoryIds) {
    return Qti21.export(transfer.export(categoryIds, List.of()), "tegn-qti.zip");
  }
}
