package dk.tegn.lti;

import dk.tegn.core.schema.SchemaModule;

/** Tables of the LTI tool ({@code lti_}, after courses). */
public class LtiSchema implements SchemaModule {

  @Override
  public String name() {
    return "lti";
  }

  @Override
  public int order() {
    return 50;
  }
}
