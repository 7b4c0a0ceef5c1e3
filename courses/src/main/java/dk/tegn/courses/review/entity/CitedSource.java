package dk.tegn.courses.review.entity;

import java.time.LocalDate;

/**
 * One source as a lesson cites it in its closing list ({@code - Title. Publisher, year. <link>
 * (checked YYYY-MM-DD).}, see PACKAGES.md). The link names the source: two lessons citing the same
 * link cite the same source.
 *
 * @param description the line before the link (title, publisher, year)
 * @param checkedOn the day the author checked the source, or null when the line says the date was
 *     not recorded
 */
public record CitedSource(String description, String url, LocalDate checkedOn) {}
