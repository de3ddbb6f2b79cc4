package org.kondens.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The CLI and the GUI are two faces of core: neither reaches into the other, or into the store. */
@AnalyzeClasses(packages = "org.kondens.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule cliHasNoJavaFx = noClasses().that().resideInAPackage("org.kondens.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kondens.app.gui..");

    @ArchTest
    static final ArchRule guiDoesNotUseCli = noClasses().that().resideInAPackage("org.kondens.app.gui..")
            .should().dependOnClassesThat().resideInAPackage("org.kondens.app.cli..");

    @ArchTest
    static final ArchRule appGoesThroughTheService = noClasses().that().resideInAPackage("org.kondens.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kondens.core.store..", "java.sql..")
            .because("every user action is a call on the STC service, so CLI, GUI and tests behave alike");
}
