package dk.tegn.core.testing;

import jakarta.enterprise.event.Observes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.function.Function;

/**
 * Delivers an event to the {@code @Observes} methods of the given observer classes at once, as a
 * synchronous CDI event would, for the hand-wired test containers of the modules.
 */
public final class SyncObservers {

  private SyncObservers() {}

  /**
   * Calls every observer method whose event parameter takes {@code event}, on the instance {@code
   * instances} gives for its class; an observer's runtime exception reaches the caller as it is.
   */
  public static void dispatch(
      Object event, List<Class<?>> observers, Function<Class<?>, Object> instances) {
    for (Class<?> observer : observers) {
      for (Method m : observer.getDeclaredMethods()) {
        Parameter[] params = m.getParameters();
        if (params.length == 1
            && params[0].isAnnotationPresent(Observes.class)
            && params[0].getType().isInstance(event)) {
          try {
            m.setAccessible(true);
            m.invoke(instances.apply(observer), event);
          } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r
                ? r
                : new IllegalStateException("observer " + m + " failed", e.getCause());
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("observer " + m + " failed", e);
          }
        }
      }
    }
  }
}
