package dk.tegn.courses;

import dk.tegn.core.schema.SchemaModule;

/** Tables of the courses module ({@code crs_}); migrated after core and assessments. */
public class CoursesSchema implements SchemaModule {

  @Override
  public String name() {
    return "courses";
  }

  @Override
  public int order() {
    return 20;
  }
}
