package dk.tegn.web.xapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dk.tegn.courses.xapi.control.XapiRecorder;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nothing of intake ever leaves Tegn as a learning record: the WAR sees every module, so here we
 * can check that no type of intake (an event, a referral, anything) can reach the statement
 * recorder.
 */
class NoReferralIsAStatementTest {

  static final JavaClasses INTAKE =
      new ClassFileImporter()
          .withImportOption(l -> !l.contains("/test-classes/") && !l.contains("-tests.jar"))
          .importPackages("dk.tegn.intake");

  @Test
  void noTypeOfIntakeIsObservedByTheRecorderOrMappedToAStatement() throws Exception {
    List<Class<?>> observed = observedTypes();
    assertEquals(
        XapiRecorder.EVENTS,
        Set.copyOf(observed),
        "the recorder observes exactly the events it lists");
    assertTrue(INTAKE.size() > 50, "intake's classes were found: " + INTAKE.size());
    List<String> leaks = new ArrayList<>();
    for (JavaClass intakeType : INTAKE) {
      Class<?> type = Class.forName(intakeType.getName(), false, getClass().getClassLoader());
      for (Class<?> event : observed) {
        // an observer of a supertype (Object, Record) would receive intake's events too
        if (event.isAssignableFrom(type)) {
          leaks.add(type.getName() + " reaches " + event.getSimpleName());
        }
      }
    }
    assertEquals(List.of(), leaks);
    for (Class<?> event : observed) {
      assertFalse(event.getName().startsWith("dk.tegn.intake"), event.getName());
      assertTrue(event.isRecord() && event.getSuperclass() == Record.class, event.getName());
    }
  }

  @Test
  void theStatementPackageDependsOnNothingOfIntake() {
    noClasses()
        .that()
        .resideInAPackage("dk.tegn.courses.xapi..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dk.tegn.intake..")
        .check(
            new ClassFileImporter()
                .withImportOption(l -> !l.contains("/test-classes/") && !l.contains("-tests.jar"))
                .importPackages("dk.tegn"));
  }

  private static List<Class<?>> observedTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Method m : XapiRecorder.class.getDeclaredMethods()) {
      for (Parameter p : m.getParameters()) {
        if (p.isAnnotationPresent(Observes.class)) {
          types.add(p.getType());
        }
      }
    }
    return types.stream().distinct().collect(Collectors.toList());
  }
}
