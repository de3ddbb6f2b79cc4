package org.kondens.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core stays a plain library, and its packages depend on each other in one direction only. */
@AnalyzeClasses(packages = "org.kondens.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverUsesJavaFx = noClasses().that().resideInAPackage("org.kondens.core..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule coreNeverUsesTheApp = noClasses().that().resideInAPackage("org.kondens.core..")
            .should().dependOnClassesThat().resideInAPackage("org.kondens.app..");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.kondens.core.model..")
            .layer("Store").definedBy("org.kondens.core.store..")
            .layer("Importer").definedBy("org.kondens.core.importer..")
            .layer("Export").definedBy("org.kondens.core.export..")
            .layer("Stc").definedBy("org.kondens.core.stc..")
            .layer("Exchange").definedBy("org.kondens.core.exchange..")
            .whereLayer("Stc").mayNotBeAccessedByAnyLayer()
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Stc")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Export", "Stc")
            .whereLayer("Importer").mayOnlyBeAccessedByLayers("Stc", "Exchange")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Stc", "Export", "Exchange")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Store", "Importer", "Export", "Stc", "Exchange");

    @ArchTest
    static final ArchRule modelDependsOnNothing = noClasses().that().resideInAPackage("org.kondens.core.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.kondens.core.model..", "java..");

    @ArchTest
    static final ArchRule noNetworkAccess = noClasses().that().resideInAPackage("org.kondens.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .because("transcripts are sensitive health data: nothing leaves the machine");
}
