package dk.tegn.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.ViolationHandler;
import dk.tegn.core.account.entity.Account;
import jakarta.ejb.Schedule;
import jakarta.json.Json;
import jakarta.persistence.Entity;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module line and the boundary/control/entity direction, as ArchUnit rules over the classes of
 * every module (this module is the one that sees them all). Where today's code crosses a line, the
 * crossing is written down in {@link KnownDebt}, which may only shrink.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    // main classes only: core's test-jar is on this module's test class path too
    classes =
        new ClassFileImporter()
            .withImportOption(l -> !l.contains("/test-classes/") && !l.contains("-tests.jar"))
            .importPackages("dk.tegn");
  }

  /** i18n <- core <- assessments <- courses <- coordination, lti <- web; core <- intake <- web. */
  @Test
  void modulesDependOnlyDownTheLine() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("i18n")
        .definedBy("dk.tegn.i18n..")
        .layer("core")
        .definedBy("dk.tegn.core..")
        .layer("assessments")
        .definedBy("dk.tegn.assessments..")
        .layer("courses")
        .definedBy("dk.tegn.courses..")
        .layer("intake")
        .definedBy("dk.tegn.intake..")
        .layer("coordination")
        .definedBy("dk.tegn.coordination..")
        .layer("lti")
        .definedBy("dk.tegn.lti..")
        .layer("web")
        .definedBy("dk.tegn.web..")
        .whereLayer("web")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("coordination")
        .mayOnlyBeAccessedByLayers("web")
        // courses and assessments know nothing of intake, and intake nothing of them
        .whereLayer("intake")
        .mayOnlyBeAccessedByLayers("web")
        // the LTI tool links courses and quizzes for platforms; only the WAR assembles it
        .whereLayer("lti")
        .mayOnlyBeAccessedByLayers("web")
        .whereLayer("coordination")
        .mayOnlyBeAccessedByLayers("web")
        .whereLayer("courses")
        .mayOnlyBeAccessedByLayers("coordination", "lti", "web")
        .whereLayer("assessments")
        .mayOnlyBeAccessedByLayers("courses", "coordination", "lti", "web")
        .whereLayer("core")
        .mayOnlyBeAccessedByLayers("assessments", "courses", "intake", "coordination", "lti", "web")
        .whereLayer("i18n")
        .mayOnlyBeAccessedByLayers(
            "core", "assessments", "courses", "intake", "coordination", "lti", "web")
        .check(classes);
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("dk.tegn.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void entitiesKnowNeitherControlNorBoundary() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("..entity..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..control..", "..boundary..");
    KnownDebt.assertMatches("entity-layer", violations(rule));
  }

  @Test
  void controlKnowsNoBoundary() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("..control..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..boundary..");
    KnownDebt.assertMatches("control-layer", violations(rule));
  }

  /**
   * Accounts are made by core's AccountDirectory only, whoever asks for one (admin, import,
   * sign-up).
   */
  @Test
  void onlyCoreCreatesAccounts() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dk.tegn.core.account..")
        .should()
        .callConstructorWhere(
            DescribedPredicate.describe(
                "a constructor of Account",
                (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(Account.class)))
        .check(classes);
  }

  /**
   * {@code Json.createXxx} looks the JSON-P provider up with a class-path scan on every call, under
   * a class-loader lock: in the xAPI statement of every quiz start it held a 10,000-trainee exam to
   * about one start a second (ops/BENCHMARKS.md §3). Everyone uses core's {@code JsonP.JSON}.
   */
  @Test
  void jsonProviderIsLookedUpOnce() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dk.tegn.core.persistence.JsonP")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a static method of jakarta.json.Json",
                (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Json.class)))
        .because("JsonP.JSON is the provider looked up once")
        .check(classes);
  }

  /**
   * Scheduled jobs are not persistent timers: they take their turn through core's job lease
   * (plt_job_lease), and the launcher's one instance runs without the data grid that a persistent
   * timer's store needs (ops/launcher no-data-grid.asadmin), so a persistent one would not deploy.
   */
  @Test
  void scheduledJobsAreNotPersistentTimers() {
    methods()
        .that()
        .areAnnotatedWith(Schedule.class)
        .should(
            new ArchCondition<JavaMethod>("be declared @Schedule(persistent = false)") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                if (method.getAnnotationOfType(Schedule.class).persistent()) {
                  events.add(SimpleConditionEvent.violated(method, method.getFullName()));
                }
              }
            })
        .check(classes);
  }

  /** A module's entities are its own; core's accounts and organisations are everyone's. */
  @Test
  void entitiesStayInTheirModule() {
    Set<String> found = new TreeSet<>();
    for (String module : Modules.NAMES) {
      String own = "dk.tegn." + module + "..";
      ArchRule rule =
          noClasses()
              .that()
              .resideOutsideOfPackage(own)
              .should()
              .dependOnClassesThat(
                  resideInAPackage(own)
                      .and(annotatedWith(Entity.class))
                      .and(
                          not(
                              resideInAnyPackage(
                                  "dk.tegn.core.account.entity",
                                  "dk.tegn.core.organisation.entity"))));
      found.addAll(violations(rule));
    }
    KnownDebt.assertMatches("entity-use", found);
  }

  /** Each violating dependency as "origin source file | target class", once per pair. */
  private static Set<String> violations(ArchRule rule) {
    Set<String> found = new TreeSet<>();
    rule.allowEmptyShould(true)
        .evaluate(classes)
        .handleViolations(
            new ViolationHandler<Dependency>() {
              @Override
              public void handle(Collection<Dependency> dependencies, String message) {
                for (Dependency d : dependencies) {
                  found.add(Modules.sourceFile(d.getOriginClass()) + " | " + simpleName(d));
                }
              }
            });
    return found;
  }

  private static String simpleName(Dependency d) {
    JavaClass target = d.getTargetClass();
    while (target.getEnclosingClass().isPresent()) {
      target = target.getEnclosingClass().get();
    }
    return target.getSimpleName();
  }
}
