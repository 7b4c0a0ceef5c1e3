package dk.tegn.courses.review.control;

import dk.tegn.courses.review.entity.SourceFlag;
import java.time.LocalDate;
import java.util.List;

/**
 * A source and the lessons that cite it.
 *
 * @param lastChecked the latest check date any citing lesson gives; null when none records one
 * @param flag the newest mark of the source as changed, or null
 */
public record SourceUse(
    String url,
    String description,
    LocalDate lastChecked,
    List<ReviewedLesson> lessons,
    SourceFlag flag) {}
