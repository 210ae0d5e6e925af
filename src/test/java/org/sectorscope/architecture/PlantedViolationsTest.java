package org.sectorscope.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every layering rule fails on a violation planted in {@code planted}, a miniature of the product's
 * packages: a rule that cannot fail would make {@link LayeringTest} green whatever the code does.
 */
class PlantedViolationsTest {
    private static final String PLANTED = "org.sectorscope.architecture.planted";
    private static JavaClasses planted;

    @BeforeAll
    static void importPlanted() {
        planted = new ClassFileImporter().importPackages(PLANTED);
    }

    @Test
    void theModelRuleCatchesALibraryAndIo() {
        String message = failure(LayeringRules.theModelDependsOnlyOnTheJdk(PLANTED));
        assertTrue(message.contains("ModelUsesPdfBox") && message.contains("org.apache.pdfbox"), message);
        assertTrue(message.contains("ModelReadsFiles") && message.contains("java.nio.file"), message);
    }

    @Test
    void theToolkitRuleCatchesExportSessionAndCli() {
        String message = failure(LayeringRules.noToolkitBelowTheUi(PLANTED));
        assertTrue(message.contains("ExportUsesScene") && message.contains("javafx.scene.Group"), message);
        assertTrue(message.contains("ExportUsesScene") && message.contains("javafx.application.Platform"), message);
        assertTrue(message.contains("SessionUsesLabel") && message.contains("javafx.scene.control.Label"), message);
        assertTrue(message.contains("CliStartsToolkit") && message.contains("Platform.startup"), message);
    }

    @Test
    void theCycleRuleCatchesACycleBetweenUiPackages() {
        String message = failure(LayeringRules.noPackageCycles(PLANTED));
        assertTrue(message.contains("ui.a") && message.contains("ui.b"), message);
    }

    @Test
    void theLayerRuleCatchesLogicReachingTheStore() {
        String message = failure(LayeringRules.layersDependInwardOnly(PLANTED));
        assertTrue(message.contains("LogicUsesStoreAndJson") && message.contains("StoreUsesJackson"), message);
    }

    @Test
    void theJsonRuleCatchesJacksonOutsideTheStore() {
        String message = failure(LayeringRules.jsonStaysInTheStore(PLANTED));
        assertTrue(message.contains("LogicUsesStoreAndJson"), message);
        assertTrue(!message.contains("StoreUsesJackson.mapper"), "Jackson inside the store is allowed: " + message);
    }

    private static String failure(ArchRule rule) {
        return assertThrows(AssertionError.class, () -> rule.check(planted)).getMessage();
    }
}
