package org.sectorscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaFxModulesTest {
    @Test
    void theLauncherOptionsExportWhatControlsFxUsesToTheClassPath() {
        assertEquals(List.of(
                "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED",
                "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED"),
                JavaFxModules.exportOptions());
    }

    @Test
    void inTheTestsJavaFxRunsFromTheClassPathSoTheJarWouldBuildALayer() {
        // Surefire puts JavaFX on the class path, as java -jar does: the case JavaFxModules is for.
        assertTrue(JavaFxModules.onClassPath());
    }
}
