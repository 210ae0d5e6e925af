package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.TextLimit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12, points 8 and 13 at the keyboard: a paste of a million characters into a name field keeps
 * 200 of them and says so; a character XML forbids becomes U+FFFD with a note; typing within the limit is
 * untouched.
 */
@ExtendWith(ApplicationExtension.class)
class TextLimitFilterRobotTest {
    private TextField name;
    private TextArea prose;

    @Start
    void start(Stage stage) {
        name = TextLimitFilter.install(new TextField(), TextLimit.NAME, "a name");
        prose = TextLimitFilter.install(new TextArea(), TextLimit.PROSE, "a note");
        stage.setScene(new Scene(new VBox(name, prose), 400, 300));
        stage.show();
    }

    @Test
    void aMillionPastedCharactersAreCutToTheLimitWithANote(FxRobot robot) {
        robot.interact(() -> {
            name.setText("Semi");
            name.positionCaret(4);
            name.replaceSelection("x".repeat(1_000_000));
        });
        assertEquals(200, name.getLength());
        assertTrue(name.getText().startsWith("Semix"));
        assertEquals(200, name.getCaretPosition(), "the caret ends after what was kept");
        assertEquals("Cut to 200 characters, the most a name may have.", TextLimitFilter.lastNote(name));
        // At the limit, more typing changes nothing.
        robot.interact(() -> name.replaceSelection("y"));
        assertEquals(200, name.getLength());
        assertTrue(name.getText().indexOf('y') < 0);
    }

    @Test
    void aForbiddenCharacterBecomesTheReplacementCharacterWithANote(FxRobot robot) {
        robot.interact(() -> {
            prose.setText("");
            prose.replaceSelection("a\uFFFFb\uD800c\uD83D\uDE80");
        });
        assertEquals("a\uFFFDb\uFFFDc\uD83D\uDE80", prose.getText());
        assertEquals("Replaced 2 characters that cannot be kept (U+FFFF) with \uFFFD.", TextLimitFilter.lastNote(prose));
    }

    @Test
    void escapeStillReachesTheWindowAndTheLimitHoldsAfterIt(FxRobot robot) {
        boolean[] seen = {false};
        robot.interact(() -> name.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                seen[0] = true; // what a dialog's Cancel or an in-place editor listens for
            }
        }));
        robot.clickOn(name).write("Rob").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(seen[0], "a TextField with a formatter would swallow Esc");
        assertEquals("Rob", name.getText());
        robot.interact(() -> name.replaceSelection("x".repeat(1_000)));
        assertEquals(200, name.getLength(), "the filter is back after Esc");
    }

    @Test
    void ordinaryTypingIsUntouched(FxRobot robot) {
        robot.clickOn(name).write("Robotics");
        assertEquals("Robotics", name.getText());
        assertNull(TextLimitFilter.lastNote(name));
    }
}
