package dk.tegn.courses.testing;

import dk.tegn.core.testing.SyncObservers;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services of one transaction, wired by type the way CDI would: {@code @PersistenceContext}
 * gets the test's entity manager, {@code @Inject} another service (created once), the caller, the
 * clock, or an {@link Event} that calls the observer methods of {@code observers} at once, like a
 * synchronous CDI event.
 */
public final class Beans {

  private final Map<Class<?>, Object> instances = new HashMap<>();
  private final EntityManager em;
  private final List<Class<?>> observers;
  private final List<Object> fired;

  Beans(EntityManager em, List<Object> provided, List<Class<?>> observers, List<Object> fired) {
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
    for (Map.Entry<Class<?>, Object> e : instances.entrySet()) {
      if (type.isAssignableFrom(e.getKey())) {
        return type.cast(e.getValue());
      }
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

  private void wire(Object bean, Field f) throws IllegalAccessException {
    Object value;
    if (f.isAnnotationPresent(PersistenceContext.class)) {
      value = em;
    } else if (!f.isAnnotationPresent(Inject.class)) {
      return;
    } else if (f.getType() == Optional.class && f.isAnnotationPresent(ConfigProperty.class)) {
      value = Optional.empty(); // an unset configuration property
    } else if (f.getType() == Event.class) {
      value = new SyncEvent();
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

  void dispatch(Object event) {
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
