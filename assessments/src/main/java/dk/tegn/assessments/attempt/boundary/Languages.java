package dk.tegn.assessments.attempt.boundary;

import dk.tegn.i18n.ContentLanguages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The content language an API caller reads, from Accept-Language. */
final class Languages {

  private Languages() {}

  /** The first supported language the caller accepts; null lets content fall back (da, en). */
  static String of(HttpHeaders headers) {
    if (headers == null || headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null) {
      return null;
    }
    for (Locale accepted : headers.getAcceptableLanguages()) {
      if (ContentLanguages.isSupported(accepted.getLanguage())) {
        return accepted.getLanguage();
      }
    }
    return null;
  }
}
