package dk.tegn.courses.scorm.entity;

import java.util.List;

/**
 * One thing wrong with an uploaded SCORM package: the file inside the zip it concerns ("(zip)" for
 * the zip as a whole) and a key of the courses bundle ({@code courses_scorm_problem.<key>}) with
 * its arguments, so the trainer reads it in their own language.
 */
public record ScormProblem(String file, String key, List<Object> arguments) {

  public ScormProblem {
    arguments = List.copyOf(arguments);
  }

  public static ScormProblem of(String file, String key, Object... arguments) {
    return new ScormProblem(file, key, List.of(arguments));
  }

  public String messageKey() {
    return "courses_scorm_problem." + key;
  }
}
