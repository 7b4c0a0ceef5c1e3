package dk.tegn.coordination.coordinator.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A native query of one of this module's counter tables (alias k) under construction, with numbered
 * parameters: the filter's scope, cohort, course and audience become its conditions.
 */
final class CounterQuery {

  private final EntityManager em;
  private final String table;
  final StringBuilder joins = new StringBuilder();
  final StringBuilder where = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  private CounterQuery(EntityManager em, String table) {
    this.em = em;
    this.table = table;
  }

  /**
   * Rows of a counter table in the filter's scope; per cohort with the cohort as h, otherwise the
   * rows of the filter's cohort or of everyone (cohort 0). An audience limits the course column to
   * {@code audienceCourses}, ids that come from courses (a handful), so no query of this module
   * joins a table of theirs.
   */
  static CounterQuery over(
      EntityManager em,
      String table,
      ReportFilter filter,
      Optional<Set<Long>> organisations,
      String courseColumn,
      boolean perCohort,
      Set<Long> audienceCourses) {
    CounterQuery sql = new CounterQuery(em, table);
    if (perCohort) {
      sql.joins.append(" JOIN crd_cohort h ON h.id = k.cohort_id");
      sql.where
          .append(" WHERE k.cohort_id <> 0 AND ")
          .append(CoordinationScope.sqlIn("h.organisation_id", organisations));
      if (filter.getCohortId() != null) {
        sql.where.append(" AND k.cohort_id = ").append(sql.param(filter.getCohortId()));
      }
    } else {
      sql.where
          .append(" WHERE k.cohort_id = ")
          .append(sql.param(filter.getCohortId() == null ? 0L : filter.getCohortId()));
    }
    sql.where.append(" AND ").append(CoordinationScope.sqlIn("k.organisation_id", organisations));
    if (filter.getCourseId() != null) {
      sql.where
          .append(" AND ")
          .append(courseColumn)
          .append(" = ")
          .append(sql.param(filter.getCourseId()));
    }
    if (audienceCourses != null) {
      sql.where
          .append(" AND ")
          .append(CoordinationScope.sqlIn(courseColumn, Optional.of(audienceCourses)));
    }
    return sql;
  }

  String param(Object value) {
    params.add(value);
    return "?" + params.size();
  }

  String from() {
    return " FROM " + table + joins + where;
  }

  @SuppressWarnings("unchecked")
  List<Object[]> query(String statement) {
    Query query = em.createNativeQuery(statement);
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    List<?> rows = query.getResultList();
    List<Object[]> result = new ArrayList<>(rows.size());
    for (Object row : rows) {
      result.add(row instanceof Object[] array ? array : new Object[] {row});
    }
    return result;
  }
}
