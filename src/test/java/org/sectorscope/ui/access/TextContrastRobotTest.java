package org.sectorscope.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sectorscope.ui.common.AppLook;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text shown in the main window and the windows it opens meets WCAG AA contrast against what is
 * behind it (4.5:1, large text 3:1), under each look the app offers. AAA (7:1) is measured and reported,
 * not required: see README, "Accessibility".
 */
@ExtendWith(ApplicationExtension.class)
class TextContrastRobotTest {
    /** A look the app can wear: a user-agent stylesheet under the app's own; a new AppLook.Theme joins by itself. */
    record Theme(String name, String userAgentStylesheet) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The app's themes (View > Theme), through the same table the menu uses. */
    static Stream<Theme> themes() {
        return Stream.of(AppLook.Theme.values()).map(t -> new Theme("Primer " + t.name().charAt(0)
                + t.name().substring(1).toLowerCase(java.util.Locale.ROOT), t.userAgentStylesheet()));
    }

    @TempDir
    static Path home;

    private SampleMainWindow shown;

    @Start
    void start(Stage stage) throws Exception {
        shown = new SampleMainWindow(stage, home);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> AppLook.setTheme(AppLook.Theme.LIGHT));
        shown.close(robot);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void everyTextMeetsAaContrast(Theme theme, FxRobot robot) {
        // As View > Theme does it, so the windows the tour opens take the theme's own sheets too.
        robot.interact(() -> AppLook.setTheme(Stream.of(AppLook.Theme.values())
                .filter(t -> t.userAgentStylesheet().equals(theme.userAgentStylesheet())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents(5);
        Set<String> failures = new LinkedHashSet<>();
        Set<String> belowAaa = new LinkedHashSet<>();
        List<TextColours.Measure> all = new ArrayList<>();
        shown.tour(robot).visit((where, root) -> robot.interact(() -> {
            root.applyCss(); // a window just opened after a theme change is measured in its settled style
            for (TextColours.Measure m : TextColours.measure(root)) {
                all.add(m);
                if (m.ratio() < m.requiredAa() - 0.005) {
                    failures.add(where + ": " + m + " needs " + m.requiredAa());
                } else if (m.ratio() < m.requiredAaa()) {
                    belowAaa.add(m.toString());
                }
            }
        }));
        assertTrue(all.size() > 500, "the tour measured the texts of every window: " + all.size());
        TextColours.Measure lowest = all.stream().min(Comparator.comparingDouble(TextColours.Measure::ratio)).orElseThrow();
        System.out.printf("%s: %d texts measured, lowest %s; %d distinct texts below AAA (7:1, large 4.5:1)%n",
                theme, all.size(), lowest, belowAaa.size());
        belowAaa.forEach(m -> System.out.println("  below AAA: " + m));
        assertEquals(List.of(), List.copyOf(failures), String.join("\n", failures));
    }
}
