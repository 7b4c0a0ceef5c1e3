package dk.tegn.assessments.transfer.control;

import dk.tegn.assessments.question.control.BankAccess;
import dk.tegn.assessments.transfer.control.MoodleXml.Conversion;
import dk.tegn.assessments.transfer.control.MoodleXml.Unmapped;
import dk.tegn.core.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Imports a Moodle XML question export into a bank: first a preview of what will come in and what
 * cannot be mapped (per question, with the reason), then the import, all or nothing, through the
 * checks of the bank file format.
 */
@ApplicationScoped
@Transactional
public class MoodleImport {

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
    BankAccess.requireAuthor(caller, organisationId);
    Conversion conversion = MoodleXml.convert(fileName, xml, language);
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
    Conversion conversion = preview(fileName, xml, language, organisationId);
    return new Result(
        transfer.importBank(conversion.bank(), organisationId), conversion.unmapped());
  }
}
