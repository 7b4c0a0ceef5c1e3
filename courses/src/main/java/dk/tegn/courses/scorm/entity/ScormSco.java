package dk.tegn.courses.scorm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One launchable item of a package, in table-of-contents order. */
@Entity
@Table(name = "crs_scorm_sco")
@NamedQuery(
    name = "ScormSco.findByPackage",
    query = "select s from ScormSco s where s.packageId = :packageId order by s.position")
public class ScormSco {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "package_id", nullable = false, updatable = false)
  private long packageId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false)
  private String identifier;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private int level;

  @Column(nullable = false, updatable = false)
  private String launch;

  @Column(name = "is_sco", nullable = false, updatable = false)
  private boolean sco;

  @Column(name = "mastery_score", updatable = false)
  private Double masteryScore;

  @Column(name = "data_from_lms", updatable = false)
  private String dataFromLms;

  protected ScormSco() {}

  public ScormSco(long packageId, int position, ScormManifest.Sco sco) {
    this.packageId = packageId;
    this.position = position;
    this.identifier = ScormPackage.cut(sco.identifier(), 200);
    this.title = ScormPackage.cut(sco.title(), 500);
    this.level = sco.level();
    this.launch = sco.launch();
    this.sco = sco.sco();
    this.masteryScore = sco.masteryScore();
    this.dataFromLms = sco.dataFromLms();
  }

  public long getPackageId() {
    return packageId;
  }

  public int getPosition() {
    return position;
  }

  public String getIdentifier() {
    return identifier;
  }

  public String getTitle() {
    return title;
  }

  public int getLevel() {
    return level;
  }

  public String getLaunch() {
    return launch;
  }

  public boolean isSco() {
    return sco;
  }

  public Double getMasteryScore() {
    return masteryScore;
  }

  public String getDataFromLms() {
    return dataFromLms;
  }
}
