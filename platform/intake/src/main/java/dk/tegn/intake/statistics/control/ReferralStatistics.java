package dk.tegn.intake.statistics.control;

import dk.tegn.intake.referral.control.IntakeAccess;
import dk.tegn.intake.statistics.entity.Cell;
import dk.tegn.intake.statistics.entity.SmallCells;
import dk.tegn.intake.statistics.entity.StatisticsDimension;
import dk.tegn.intake.statistics.entity.StatisticsReport;
import dk.tegn.intake.statistics.entity.StatisticsTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "How many referrals did we get, and of what kind?" for coordinators of the centre. Counts come
 * from the plain statistics columns only (no decryption), anonymous and stripped referrals
 * included, and every cell under 5 is suppressed before it leaves this class.
 */
@ApplicationScoped
public class ReferralStatistics {

  static final String READ = "intake.statistics.read";

  @PersistenceContext EntityManager em;
  @Inject IntakeAccess access;

  @Transactional
  public StatisticsReport overview(@NotNull YearMonth from, @NotNull YearMonth to) {
    access.requireNationalCoordinator(READ);
    if (to.isBefore(from)) {
      return overview(to, from);
    }
    access.allowed(READ, IntakeAccess.REFERRAL, null, from + ".." + to);
    Instant start = from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<StatisticsTable> tables =
        List.of(
            table(StatisticsDimension.MONTH, byMonth(start, end)),
            table(StatisticsDimension.EXPLOITATION_FORM, by("ExploitationForm", start, end)),
            table(StatisticsDimension.GENDER, by("Gender", start, end)),
            table(StatisticsDimension.AGE_CATEGORY, by("AgeCategory", start, end)),
            table(StatisticsDimension.NATIONALITY, by("Nationality", start, end)),
            table(StatisticsDimension.PROFESSION, by("Profession", start, end)),
            table(StatisticsDimension.OUTCOME, by("Outcome", start, end)));
    return new StatisticsReport(from, to, tables);
  }

  private Map<String, Long> by(String attribute, Instant start, Instant end) {
    List<Object[]> rows =
        em.createNamedQuery("Referral.countBy" + attribute, Object[].class)
            .setParameter("from", start)
            .setParameter("to", end)
            .getResultList();
    Map<String, Long> counts = new TreeMap<>();
    for (Object[] row : rows) {
      String value =
          row[0] == null
              ? ("Outcome".equals(attribute) ? "OPEN" : "UNKNOWN")
              : row[0] instanceof Enum<?> e ? e.name() : row[0].toString();
      counts.merge(value, ((Number) row[1]).longValue(), Long::sum);
    }
    return counts;
  }

  private Map<String, Long> byMonth(Instant start, Instant end) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNamedQuery("Referral.countByMonth")
            .setParameter(1, sqlTime(start))
            .setParameter(2, sqlTime(end))
            .getResultList();
    Map<String, Long> counts = new TreeMap<>();
    rows.forEach(row -> counts.put(row[0].toString(), ((Number) row[1]).longValue()));
    return counts;
  }

  /** The column holds UTC wall time (core's InstantConverter); a native query binds it so. */
  private static LocalDateTime sqlTime(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static StatisticsTable table(StatisticsDimension dimension, Map<String, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    Cell totalCell = new Cell("TOTAL", total < SmallCells.THRESHOLD ? null : total);
    return new StatisticsTable(dimension, SmallCells.suppress(counts), totalCell);
  }
}
