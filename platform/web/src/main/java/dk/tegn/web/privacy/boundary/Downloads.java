package dk.tegn.web.privacy.boundary;

import dk.tegn.core.privacy.control.DataSubjectRequests.Export;
import dk.tegn.core.privacy.control.Erasures;
import dk.tegn.core.time.PlatformClock;
import dk.tegn.web.privacy.control.DataArchive;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The archive of one export as a download. */
final class Downloads {

  private Downloads() {}

  static StreamedContent archive(Export export, Erasures erasures, PlatformClock clock) {
    Instant now = clock.now();
    byte[] zip = DataArchive.zip(export, erasures.providers(), now);
    return DefaultStreamedContent.builder()
        .name(DataArchive.fileName(export.person(), now))
        .contentType("application/zip")
        .contentLength((long) zip.length)
        .stream(() -> new ByteArrayInputStream(zip))
        .build();
  }
}
