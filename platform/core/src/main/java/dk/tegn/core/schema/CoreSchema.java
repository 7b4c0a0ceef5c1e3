package dk.tegn.core.schema;

/** Tables of the shared kernel ({@code plt_}). */
public class CoreSchema implements SchemaModule {

  @Override
  public String name() {
    return "core";
  }

  @Override
  public int order() {
    return 0;
  }
}
