package org.sectorscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules as ArchUnit rules over a base package: {@code org.sectorscope} for the product, a
 * package of planted violations to prove that each rule can fail.
 */
final class LayeringRules {
    private LayeringRules() {
    }

    /** launcher -> app -> ui -> session/command -> logic, store, export -> model; cli beside ui. */
    static ArchRule layersDependInwardOnly(String base) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy(base)
                .layer("App").definedBy(base + ".app..")
                .layer("Cli").definedBy(base + ".cli..")
                .layer("Ui").definedBy(base + ".ui..")
                .layer("Session").definedBy(base + ".session..")
                .layer("Command").definedBy(base + ".command..")
                .layer("Logic").definedBy(base + ".logic..")
                .layer("Store").definedBy(base + ".store..")
                .layer("Export").definedBy(base + ".export..")
                .layer("Model").definedBy(base + ".model..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Session").mayOnlyBeAccessedByLayers("App", "Ui")
                .whereLayer("Command").mayOnlyBeAccessedByLayers("Ui", "Session")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("App", "Ui", "Session", "Command", "Cli", "Export")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Ui", "Session", "Cli", "Export")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Ui", "Session", "Cli")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("App", "Ui", "Session", "Command", "Logic", "Store",
                        "Export", "Cli")
                .withOptionalLayers(true);
    }

    /**
     * No scene graph, stage, application or toolkit below the UI: only {@code app} (the Application)
     * and {@code ui} may touch them. Observable properties and collections ({@code javafx.beans},
     * {@code javafx.collections}) are data, and the session may use them.
     */
    static ArchRule noToolkitBelowTheUi(String base) {
        return noClasses().that().resideInAnyPackage(base, base + ".model..", base + ".logic..", base + ".store..",
                        base + ".export..", base + ".session..", base + ".command..", base + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.embed..", "javafx.animation..",
                        "javafx.concurrent..", "javafx.print..", "javafx.css..", "com.sun.javafx..")
                .as("no JavaFX scene, stage, application or toolkit class outside app and ui");
    }

    /** The model is plain Java: the JDK's language, collections and time, and no I/O. */
    static ArchRule theModelDependsOnlyOnTheJdk(String base) {
        return classes().that().resideInAPackage(base + ".model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".model..", "java.lang..",
                        "java.util..", "java.time..", "java.text..", "java.math..")
                .as("the model depends only on the JDK (no library, no I/O)");
    }

    /** Every package, each ui sub-package included, is free of cycles. */
    static ArchRule noPackageCycles(String base) {
        return slices().matching(base + ".(**)").should().beFreeOfCycles();
    }

    /** Jackson stays behind the store's DTOs. */
    static ArchRule jsonStaysInTheStore(String base) {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..");
    }
}
