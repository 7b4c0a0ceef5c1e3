package dk.tegn.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every view-scoped page bean of every module can travel with its session to another instance
 * ({@code <distributable/>}, Hazelcast): each field it keeps, and what those fields hold (element
 * types of lists and maps, fields of its own value classes), is serializable or transient. Injected
 * beans are proxies Weld serializes itself. A field that fails here would make Payara drop or
 * refuse the session on fail-over (ops/cluster).
 */
class ViewStateSerializableTest {

  @Test
  void everyViewOrSessionScopedBeanKeepsOnlySerializableState() throws Exception {
    List<Class<?>> beans = viewScopedBeans();
    assertTrue(beans.size() >= 15, "found only " + beans);
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getName(), problems, new HashSet<>());
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    for (Class<?> c = type; c != null && c.getName().startsWith("dk.tegn"); c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (f.isAnnotationPresent(Inject.class)) {
          if (Modifier.isTransient(m)) {
            problems.add(path + "." + f.getName() + ": injected and transient");
          }
          continue;
        }
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
          continue;
        }
        checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type t, String path, List<String> problems, Set<Type> seen) {
    if (t instanceof ParameterizedType p) {
      checkType(p.getRawType(), path, problems, seen);
      for (Type arg : p.getActualTypeArguments()) {
        checkType(arg, path + "<>", problems, seen);
      }
    } else if (t instanceof WildcardType w) {
      for (Type upper : w.getUpperBounds()) {
        checkType(upper, path, problems, seen);
      }
    } else if (t instanceof Class<?> c) {
      if (c.isPrimitive() || c.isEnum() || c == Object.class) {
        return;
      }
      // the standard collections are serializable whenever what they hold is (checked above)
      if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
        return;
      }
      if (c.isArray()) {
        checkType(c.getComponentType(), path + "[]", problems, seen);
      } else if (c.getName().startsWith("dk.tegn")) {
        check(c, path, problems, seen);
      } else if (!Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
      }
    }
  }

  /** The @ViewScoped and @SessionScoped classes in Tegn's module jars and this module's classes. */
  private static List<Class<?>> viewScopedBeans() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      if (Files.isDirectory(p) && p.endsWith("classes")) {
        try (Stream<Path> files = Files.walk(p)) {
          files
              .map(f -> p.relativize(f).toString())
              .filter(n -> n.startsWith("dk/tegn/") && n.endsWith(".class"))
              .forEach(names::add);
        }
      } else if (p.getFileName().toString().matches("tegn-[a-z]+-.*\\.jar")
          && !p.getFileName().toString().contains("tests")) {
        try (ZipFile jar = new ZipFile(p.toFile())) {
          jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith("dk/tegn/") && n.endsWith(".class"))
              .forEach(names::add);
        }
      }
    }
    List<Class<?>> beans = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> c =
            Class.forName(
                name.replace('/', '.').replaceFirst("\\.class$", ""),
                false,
                ViewStateSerializableTest.class.getClassLoader());
        if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
          beans.add(c);
        }
      } catch (ClassNotFoundException | LinkageError unloadable) {
        // a class needing what only the container has: not a page bean
      }
    }
    return beans;
  }
}
