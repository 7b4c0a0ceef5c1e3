package dk.tegn.core.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELManager;
import jakarta.el.ExpressionFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodCallResolverTest {

  /** What the pages call: record accessors and bean methods with arguments. */
  public record Question(int slot, String text) {
    public String label(int of, String language) {
      return text + " " + slot + "/" + of + " " + language;
    }

    public String pick(String s) {
      return "string " + s;
    }

    public String pick(Integer i) {
      return "integer " + i;
    }

    public String join(String... parts) {
      return String.join("+", parts);
    }

    public String fail() {
      throw new IllegalStateException("broken on purpose");
    }
  }

  record Hidden(String text) {}

  /** The same expression through the EL's own resolvers alone and with this one in front. */
  private static Object eval(String expression, Object q, boolean withCache, List<Object> seen) {
    ELManager manager = new ELManager();
    if (withCache) {
      manager.addELResolver(
          new MethodCallResolver() {
            @Override
            public Object invoke(
                ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
              Object result = super.invoke(context, base, method, types, params);
              if (context.isPropertyResolved()) {
                seen.add(method);
              }
              return result;
            }
          });
    }
    manager.defineBean("q", q);
    ELContext context = manager.getELContext();
    return ExpressionFactory.newInstance()
        .createValueExpression(context, expression, Object.class)
        .getValue(context);
  }

  @Test
  void answersAsTheElDoesAndTakesTheUnambiguousCallsItself() {
    Question q = new Question(3, "Hvad");
    for (String expression :
        List.of(
            "#{q.text()}",
            "#{q.slot() + 1}",
            "#{q.label(20, 'da')}",
            "#{q.label('20', 'en')}",
            "#{q.pick('x')}",
            "#{q.join('a', 'b')}")) {
      List<Object> seen = new ArrayList<>();
      assertEquals(
          eval(expression, q, false, new ArrayList<>()),
          eval(expression, q, true, seen),
          expression);
      boolean ambiguous = expression.contains("pick") || expression.contains("join");
      assertEquals(!ambiguous, !seen.isEmpty(), expression + " resolved here: " + seen);
    }
  }

  @Test
  void leavesOverloadsVarargsAndHiddenClassesToTheEl() {
    assertTrue(MethodCallResolver.only(Question.class, "label", 2).isPresent());
    assertFalse(MethodCallResolver.only(Question.class, "pick", 1).isPresent());
    assertFalse(MethodCallResolver.only(Question.class, "join", 1).isPresent());
    assertFalse(MethodCallResolver.only(Question.class, "label", 1).isPresent());
    assertFalse(MethodCallResolver.only(Hidden.class, "text", 0).isPresent());
  }

  @Test
  void aMethodThatThrowsComesBackAsAnElExceptionWithItsCause() {
    ELException e =
        assertThrows(
            ELException.class,
            () -> eval("#{q.fail()}", new Question(1, "x"), true, new ArrayList<>()));
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
      cause = cause.getCause();
    }
    assertInstanceOf(IllegalStateException.class, cause);
    assertEquals("broken on purpose", cause.getMessage());
  }
}
