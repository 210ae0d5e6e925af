package org.sectorscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house layering: ui -> session/command -> logic, store, export -> model, with no JavaFX scene
 * graph below the UI. Checked on the compiled main classes.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sectorscope");
    }

    @Test
    void layersDependInwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("org.sectorscope")
                .layer("Cli").definedBy("org.sectorscope.cli..")
                .layer("Ui").definedBy("org.sectorscope.ui..")
                .layer("Session").definedBy("org.sectorscope.session..")
                .layer("Command").definedBy("org.sectorscope.command..")
                .layer("Logic").definedBy("org.sectorscope.logic..")
                .layer("Store").definedBy("org.sectorscope.store..")
                .layer("Export").definedBy("org.sectorscope.export..")
                .layer("Model").definedBy("org.sectorscope.model..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Session").mayOnlyBeAccessedByLayers("Ui")
                .whereLayer("Command").mayOnlyBeAccessedByLayers("Ui", "Session")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("Ui", "Session", "Command", "Cli", "Export")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Ui", "Session", "Cli", "Export")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Ui", "Session", "Cli")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Ui", "Session", "Command", "Logic", "Store",
                        "Export", "Cli")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void noSceneGraphBelowTheUi() {
        noClasses().that().resideInAnyPackage("org.sectorscope.model..", "org.sectorscope.logic..",
                        "org.sectorscope.store..", "org.sectorscope.command..", "org.sectorscope.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoLibrary() {
        noClasses().that().resideInAPackage("org.sectorscope.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "java.io..",
                        "java.nio..")
                .check(classes);
    }

    @Test
    void jsonDtosStayInTheStore() {
        noClasses().that().resideOutsideOfPackage("org.sectorscope.store..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }
}
