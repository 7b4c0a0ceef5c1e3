package dk.tegn.assessments;

import dk.tegn.core.schema.SchemaModule;

/** Tables of the assessments module ({@code asm_}); migrates after core. */
public class AssessmentsSchema implements SchemaModule {

  @Override
  public String name() {
    return "assessments";
  }

  @Override
  public int order() {
    return 10;
  }
}
