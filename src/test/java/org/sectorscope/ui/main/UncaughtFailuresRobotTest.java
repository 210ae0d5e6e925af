package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.store.AppLog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** ADR 0016: an exception nothing caught, on the FX thread, reaches the log and one dialog that can copy its details. */
@ExtendWith(ApplicationExtension.class)
class UncaughtFailuresRobotTest {
    @TempDir
    Path dir;

    private Stage stage;
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("window")), 400, 300));
        stage.show();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void aFailureOnTheFxThreadIsLoggedAndShownOnceWhileTheDialogIsOpen() throws Exception {
        List<UncaughtFailures.Report> shown = new CopyOnWriteArrayList<>();
        try (AppLog log = AppLog.start(dir.resolve("logs"))) {
            new UncaughtFailures(log.folder(), shown::add).install();
            Platform.runLater(() -> {
                throw new IllegalArgumentException("boom on the FX thread");
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown.isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            String text = Files.readString(log.folder().resolve("sectorscope0.log"), StandardCharsets.UTF_8);
            assertTrue(text.contains("SEVERE org.sectorscope.failures: Uncaught on thread \"JavaFX Application Thread\"")
                    && text.contains("java.lang.IllegalArgumentException: boom on the FX thread"), text);
            UncaughtFailures.Report r = shown.get(0);
            assertTrue(r.sentence().contains("IllegalArgumentException: boom on the FX thread"), r.sentence());
            assertTrue(r.details().contains("Thread: JavaFX Application Thread")
                    && r.details().contains("at org.sectorscope.ui.main.UncaughtFailuresRobotTest"), r.details());
            assertEquals(log.folder(), r.logFolder());
        }
    }

    @Test
    void aSecondFailureWhileTheDialogIsOpenIsLoggedButShowsNoSecondDialog() throws Exception {
        List<UncaughtFailures.Report> shown = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch close = new java.util.concurrent.CountDownLatch(1);
        UncaughtFailures handler = new UncaughtFailures(null, r -> {
            shown.add(r);
            try {
                close.await(10, TimeUnit.SECONDS); // the dialog stays open until the test closes it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).install();
        Thread first = new Thread(() -> handler.uncaughtException(Thread.currentThread(), new RuntimeException("one")));
        first.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.size() == 1);
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("two"));
        close.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, shown.size(), "one dialog at a time");
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("three"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.size() == 2);
        assertTrue(shown.get(1).sentence().contains("three"));
    }

    @Test
    void theDialogCopiesItsDetailsAndStaysOpenUntilClosed(FxRobot robot) {
        UncaughtFailures.Report report = UncaughtFailures.report(Thread.currentThread(),
                new IllegalStateException("copy me"), dir.resolve("logs"));
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = FailureDialog.build(stage, report);
            alert[0].show();
        });
        Label sentence = robot.lookup("#failure-sentence").queryAs(Label.class);
        assertTrue(sentence.getText().contains("copy me") && sentence.getText().contains(dir.resolve("logs").toString()),
                sentence.getText());
        robot.clickOn("#failure-copy");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(alert[0].isShowing(), "copying does not close it");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(report.details(), copied[0]);
        robot.interact(() -> alert[0].close());
        assertFalse(alert[0].isShowing());
    }
}
