package me.snaq.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The module rules of STYLE.md, checked on the compiled main classes. */
class ArchitectureTest {
  private static final String BASE = "me.snaq.inventory";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void sharedShouldDependOnNoFeatureModule() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".shared..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            BASE + ".catalog..",
            BASE + ".access..",
            BASE + ".inventory..",
            BASE + ".subscriber..",
            BASE + ".assignment..",
            BASE + ".webhook..",
            BASE + ".demo..")
        .check(CLASSES);
  }

  @Test
  void webhooksShouldDependOnlyOnTheCatalog() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".webhook..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            BASE + ".access..",
            BASE + ".inventory..",
            BASE + ".subscriber..",
            BASE + ".assignment..",
            BASE + ".demo..")
        .check(CLASSES);
  }

  @Test
  void catalogShouldDependOnNoOtherFeatureModule() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".catalog..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            BASE + ".access..",
            BASE + ".inventory..",
            BASE + ".subscriber..",
            BASE + ".assignment..",
            BASE + ".webhook..",
            BASE + ".demo..")
        .check(CLASSES);
  }

  @Test
  void nothingShouldDependOnTheDemoData() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".demo..")
        .check(CLASSES);
  }

  @Test
  void modulesShouldNotReachIntoEachOthersApiOrPersistence() {
    for (String module :
        new String[] {"catalog", "access", "inventory", "subscriber", "assignment", "webhook"}) {
      noClasses()
          .that()
          .resideOutsideOfPackage(BASE + "." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              BASE + "." + module + ".api..", BASE + "." + module + ".persistence..")
          .allowEmptyShould(true)
          .check(CLASSES);
    }
  }

  @Test
  void modulesShouldBeFreeOfCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void packagesInsideAModuleShouldBeFreeOfCycles() {
    // slices are a module's sub-packages (api, domain, persistence, allocation, ...); its root is
    // the face the others use and may delegate to any of them
    slices().matching(BASE + ".(*).(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void domainShouldDependOnNeitherApiNorPersistence() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + "..api..", BASE + "..persistence..")
        .check(CLASSES);
  }

  @Test
  void theEngineShouldUseOnlyTheJdk() {
    classes()
        .that()
        .resideInAPackage(BASE + ".assignment.engine..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", BASE + ".assignment.engine..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void theValidatorShouldUseOnlyTheJdkAndTheEnginesRecords() {
    classes()
        .that()
        .resideInAPackage(BASE + ".assignment.validation..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", BASE + ".assignment.validation..", BASE + ".assignment.engine..")
        .check(CLASSES);
  }

  @Test
  void resourcesShouldBeTransportOnly() {
    noClasses()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .beAnnotatedWith(Transactional.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("..persistence..")
        .check(CLASSES);
  }

  @Test
  void entitiesShouldLiveInDomainPackages() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .resideInAPackage("..domain..")
        .check(CLASSES);
  }

  @Test
  void servicesShouldNotSeeHttpTypes() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Service")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..")
        .check(CLASSES);
  }
}
