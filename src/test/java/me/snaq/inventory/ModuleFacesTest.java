package me.snaq.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A module's face (STYLE: other modules reach it only by id, its facade, its events): the root
 * package of a module holds its facade ({@code XxxService}), the records, enums and exceptions the
 * facade takes and gives, and its events; everything else lives in a sub-package, and other modules
 * use only the root.
 */
class ModuleFacesTest {
  private static final String BASE = "me.snaq.inventory";
  private static final List<String> MODULES =
      List.of("catalog", "access", "inventory", "subscriber", "assignment", "webhook");
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void otherModulesShouldUseOnlyAModulesRoot() {
    classes()
        .that()
        .resideInAPackage(BASE + "..")
        .should(useOtherModulesOnlyThroughTheirRoot())
        .check(CLASSES);
  }

  @Test
  void aModulesRootShouldHoldOnlyItsFacadeRecordsExceptionsAndEvents() {
    classes()
        .that()
        .resideInAnyPackage(MODULES.stream().map(m -> BASE + "." + m).toArray(String[]::new))
        .and()
        .areTopLevelClasses()
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .haveSimpleNameEndingWith("Service")
        .orShould()
        .beRecords()
        .orShould()
        .beEnums()
        .orShould()
        .beInterfaces()
        .orShould()
        .beAssignableTo(Throwable.class)
        .orShould(ArchConditions.be(constantsOnly()))
        .check(CLASSES);
  }

  /** A holder of constants and static functions that cannot be instantiated. */
  private static DescribedPredicate<JavaClass> constantsOnly() {
    return DescribedPredicate.describe(
        "a holder of constants",
        c ->
            c.getConstructors().stream()
                    .allMatch(k -> k.getModifiers().contains(JavaModifier.PRIVATE))
                && c.getFields().stream()
                    .allMatch(f -> f.getModifiers().contains(JavaModifier.STATIC))
                && c.getMethods().stream()
                    .allMatch(m -> m.getModifiers().contains(JavaModifier.STATIC)));
  }

  private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirRoot() {
    return new ArchCondition<>("use other modules only through their root package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = moduleOf(origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          String to = moduleOf(target.getPackageName());
          if (to == null || to.equals(from) || to.equals("shared")) {
            continue;
          }
          if (!target.getPackageName().equals(BASE + "." + to)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** The module a package belongs to, or null outside the service's packages. */
  private static String moduleOf(String packageName) {
    if (!packageName.startsWith(BASE + ".")) {
      return null;
    }
    String rest = packageName.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
