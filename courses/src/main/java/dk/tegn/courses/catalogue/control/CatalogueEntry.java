package dk.tegn.courses.catalogue.control;

import dk.tegn.courses.course.entity.Audience;
import dk.tegn.i18n.LocalizedText;
import java.util.List;
import java.util.Set;

/**
 * A published course as the catalogue shows it to one person: what its latest version says about
 * itself, whether it is open for self-enrolment and whether the person is enrolled already.
 *
 * @param certificateValidityMonths how long the certificate of completion is valid; null when it
 *     never expires
 */
public record CatalogueEntry(
    long courseId,
    LocalizedText title,
    LocalizedText summary,
    Set<Audience> audiences,
    List<String> languages,
    int estimatedMinutes,
    boolean mandatory,
    Integer certificateValidityMonths,
    boolean selfEnrolment,
    boolean enrolled) {

  /** Whether the person may enrol from the catalogue now. */
  public boolean mayEnrol() {
    return selfEnrolment && !enrolled;
  }
}
