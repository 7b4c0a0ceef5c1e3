package dk.tegn.coordination;

import dk.tegn.core.schema.SchemaModule;

/** Tables of the web module's enrolment methods and coordination ({@code plt_}, after courses). */
public class CoordinationSchema implements SchemaModule {

  @Override
  public String name() {
    return "platform";
  }

  @Override
  public int order() {
    return 40;
  }
}
