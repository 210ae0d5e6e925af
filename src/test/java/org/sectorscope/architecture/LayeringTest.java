package org.sectorscope.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house layering, checked on the compiled main classes; {@link PlantedViolationsTest} shows that
 * every rule here fails when broken.
 */
class LayeringTest {
    static final String PRODUCT = "org.sectorscope";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PRODUCT);
    }

    @Test
    void layersDependInwardOnly() {
        LayeringRules.layersDependInwardOnly(PRODUCT).check(classes);
    }

    @Test
    void noToolkitBelowTheUi() {
        LayeringRules.noToolkitBelowTheUi(PRODUCT).check(classes);
    }

    @Test
    void theModelDependsOnlyOnTheJdk() {
        LayeringRules.theModelDependsOnlyOnTheJdk(PRODUCT).check(classes);
    }

    @Test
    void noPackageCycles() {
        LayeringRules.noPackageCycles(PRODUCT).check(classes);
    }

    @Test
    void jsonStaysInTheStore() {
        LayeringRules.jsonStaysInTheStore(PRODUCT).check(classes);
    }
}
