package dk.tegn.core.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the method calls of value expressions ({@code #{q.text()}}, {@code #{bean.format(key,
 * n)}}) from a per-class cache. The EL's own BeanELResolver looks the method up again on every call
 * through {@code Class.getMethods()}, which copies every public method of the class: on the quiz
 * page, hundreds of calls per render made that the largest allocation site (JFR, ops/BENCHMARKS.md
 * "ratio"). Only an unambiguous call is taken: one public, non-varargs method of that name and
 * number of parameters, declared by a public class. Anything else (overloads, varargs, a method of
 * a non-public class, a method expression with declared parameter types) is left to the resolvers
 * after this one, unchanged. Arguments are coerced as the EL coerces them ({@link
 * ELContext#convertToType}).
 */
public class MethodCallResolver extends ELResolver {

  private static final ClassValue<Map<String, Optional<Method>>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || !(method instanceof String name) || paramTypes != null) {
      return null;
    }
    Object[] given = params == null ? new Object[0] : params;
    Method target =
        METHODS
            .get(base.getClass())
            .computeIfAbsent(
                name + "/" + given.length, k -> only(base.getClass(), name, given.length))
            .orElse(null);
    if (target == null) {
      return null;
    }
    Class<?>[] types = target.getParameterTypes();
    Object[] args = new Object[given.length];
    for (int i = 0; i < given.length; i++) {
      args[i] = context.convertToType(given[i], types[i]);
    }
    try {
      Object result = target.invoke(base, args);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
  }

  /** The one public method of that name and arity a public class offers, if exactly one. */
  static Optional<Method> only(Class<?> type, String name, int arity) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    Method[] candidates =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
            .toArray(Method[]::new);
    if (candidates.length != 1
        || candidates[0].isVarArgs()
        || !Modifier.isPublic(candidates[0].getDeclaringClass().getModifiers())) {
      return Optional.empty();
    }
    return Optional.of(candidates[0]);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // properties are the other resolvers' business
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
