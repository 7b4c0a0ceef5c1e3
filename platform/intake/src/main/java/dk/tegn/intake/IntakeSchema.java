package dk.tegn.intake;

import dk.tegn.core.schema.SchemaModule;

/** Tables of intake ({@code itk_}); migrates after core, whose accounts it refers to. */
public class IntakeSchema implements SchemaModule {

  @Override
  public String name() {
    return "intake";
  }

  @Override
  public int order() {
    return 30;
  }
}
