package dk.tegn.coordination;

import dk.tegn.core.schema.SchemaModule;

/**
 * Tables of coordination ({@code crd_}), migrated after courses. Until coordination had its own
 * module its migrations were recorded as the schema "platform" (tables {@code plt_}); a database
 * from then keeps that history, and V4 renames the tables in place.
 */
public class CoordinationSchema implements SchemaModule {

  @Override
  public String name() {
    return "coordination";
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String formerName() {
    return "platform";
  }
}
