package org.kondens.app;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The CLI and the GUI are two faces of core: neither reaches into the other, or into the store. The GUI has one
 * package per work area; an area uses only gui.common and gui.reader, and only gui.shell puts the areas together.
 */
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

    @ArchTest
    static final ArchRule guiAreasDoNotUseEachOther = slices().matching("org.kondens.app.gui.(*)..")
            .namingSlices("gui.$1")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("org.kondens.app.gui.shell.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAnyPackage("org.kondens.app.gui.common..", "org.kondens.app.gui.reader.."))
            .because("a work area is one step of STC or one tool; the shell puts them in one window");

    @ArchTest
    static final ArchRule guiCommonIsShared = noClasses().that().resideInAPackage("org.kondens.app.gui.common..")
            .should().dependOnClassesThat(resideInAPackage("org.kondens.app.gui..")
                    .and(resideOutsideOfPackage("org.kondens.app.gui.common..")))
            .because("every GUI package imports gui.common, so it imports none of them");

    @ArchTest
    static final ArchRule guiHasNoLooseClasses = noClasses().should().resideInAPackage("org.kondens.app.gui")
            .because("every GUI class belongs to a work area, gui.shell or gui.common");
}
