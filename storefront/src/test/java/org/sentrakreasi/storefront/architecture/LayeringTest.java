package org.sentrakreasi.storefront.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout rules of STYLE.md, checked on the compiled classes of all three modules. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sentrakreasi");
    }

    @Test
    void catalogAndVocationalNeverDependOnEachOther() {
        noClasses().that().resideInAPackage("org.sentrakreasi.catalog..")
                .should().dependOnClassesThat().resideInAPackage("org.sentrakreasi.vocational..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sentrakreasi.vocational..")
                .should().dependOnClassesThat().resideInAPackage("org.sentrakreasi.catalog..")
                .check(classes);
    }

    @Test
    void boundedContextsDoNotDependOnTheWebApplication() {
        noClasses().that().resideInAnyPackage("org.sentrakreasi.catalog..", "org.sentrakreasi.vocational..")
                .should().dependOnClassesThat().resideInAPackage("org.sentrakreasi.storefront..")
                .check(classes);
    }

    @Test
    void domainKnowsNothingOfApplicationOrInfrastructure() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..")
                .check(classes);
    }

    @Test
    void webAndRestAdaptersUseTheApplicationLayerNotRepositoriesOrEntities() {
        DescribedPredicate<JavaClass> domainExceptions = DescribedPredicate.describe("domain exceptions",
                c -> c.isAssignableTo(RuntimeException.class));
        noClasses().that().resideInAnyPackage("org.sentrakreasi.storefront.web..", "org.sentrakreasi.storefront.rest..")
                .should().dependOnClassesThat(
                        DescribedPredicate.and(
                                JavaClass.Predicates.resideInAnyPackage(
                                        "org.sentrakreasi.catalog.domain..", "org.sentrakreasi.vocational.domain..",
                                        "org.sentrakreasi.storefront.ordering.domain..",
                                        "org.sentrakreasi.catalog.infrastructure..", "org.sentrakreasi.vocational.infrastructure..",
                                        "org.sentrakreasi.storefront.ordering.infrastructure.."),
                                DescribedPredicate.not(domainExceptions)))
                .check(classes);
    }

    @Test
    void restResourcesAreNotCalledServices() {
        classes().that().resideInAPackage("org.sentrakreasi.storefront.rest..")
                .should().haveSimpleNameNotEndingWith("Service")
                .check(classes);
    }
}
