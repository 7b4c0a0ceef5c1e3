package dk.tegn.core.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one test container of every module: the services of one transaction, wired by type the way
 * CDI would. {@code @PersistenceContext} gets the test's entity manager; {@code @Inject} gets a
 * provided instance of the type (the caller, the clock, settings, a cheap hasher …) or another
 * service, created once; an {@link Event} calls the observer methods of {@code observers} at once,
 * like a synchronous CDI event, and records the event in {@code fired}. A configuration property
 * keeps its field's value ({@code Optional.empty()} for an optional one, as when it is unset); an
 * injected interface nobody provides stays null, as the services under test never reach it.
 */
public final class TestBeans {

  private final Map<Class<?>, Object> instances = new HashMap<>();
  private final EntityManager em;
  private final List<Class<?>> observers;
  private final List<Object> fired;

  public TestBeans(
      EntityManager em, List<?> provided, List<Class<?>> observers, List<Object> fired) {
    this.em = em;
    this.observers = observers;
    this.fired = fired;
    for (Object p : provided) {
      instances.put(p.getClass(), p);
    }
  }

  /** The transaction's entity manager, for arranging data a service does not create. */
  public EntityManager em() {
    return em;
  }

  public <T> T get(Class<T> type) {
    T existing = provided(type);
    if (existing != null) {
      return existing;
    }
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      T bean = constructor.newInstance();
      instances.put(type, bean);
      for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          wire(bean, f);
        }
      }
      return bean;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + type, e);
    }
  }

  private <T> T provided(Class<T> type) {
    for (Map.Entry<Class<?>, Object> e : instances.entrySet()) {
      if (type.isAssignableFrom(e.getKey())) {
        return type.cast(e.getValue());
      }
    }
    return null;
  }

  private void wire(Object bean, Field f) throws IllegalAccessException {
    Object value;
    if (Modifier.isStatic(f.getModifiers())) {
      return;
    } else if (f.isAnnotationPresent(PersistenceContext.class)) {
      value = em;
    } else if (!f.isAnnotationPresent(Inject.class)) {
      return;
    } else if (f.isAnnotationPresent(ConfigProperty.class)) {
      if (f.getType() != Optional.class) {
        return; // the field's own default
      }
      value = Optional.empty(); // an unset configuration property
    } else if (f.getType() == Event.class) {
      value = new SyncEvent();
    } else if (f.getType().isInterface() && provided(f.getType()) == null) {
      return;
    } else {
      value = get(f.getType());
    }
    f.setAccessible(true);
    f.set(bean, value);
  }

  /** Raises an event as another module would, e.g. assessments' {@code AttemptGraded}. */
  public void fire(Object event) {
    dispatch(event);
  }

  private void dispatch(Object event) {
    fired.add(event);
    SyncObservers.dispatch(event, observers, this::get);
  }

  private final class SyncEvent implements Event<Object> {

    @Override
    public void fire(Object event) {
      dispatch(event);
    }

    @Override
    public <U> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<Object> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
