package dk.tegn.courses.scorm.entity;

import java.util.List;
import java.util.Map;

/**
 * What Tegn keeps of a SCORM 1.2 package: its title, its launchable items in the order of the
 * default organization (the table of contents) and its files by path.
 */
public record ScormManifest(String title, List<Sco> scos, Map<String, byte[]> files) {

  public ScormManifest {
    scos = List.copyOf(scos);
    files = Map.copyOf(files);
  }

  /**
   * One launchable item.
   *
   * @param level depth in the organization's tree, 0 for a top item (for the table of contents)
   * @param launch the file to open with the item's parameters, relative to the package root
   * @param sco true for a SCO (talks to the runtime), false for an asset (done when opened)
   * @param masteryScore {@code adlcp:masteryscore}, the raw score that passes, or null
   * @param dataFromLms {@code adlcp:datafromlms}, handed to the SCO as {@code cmi.launch_data}
   */
  public record Sco(
      String identifier,
      String title,
      int level,
      String launch,
      boolean sco,
      Double masteryScore,
      String dataFromLms) {}

  public long totalBytes() {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }
}
