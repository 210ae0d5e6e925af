package org.sectorscope.app;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sectorscope.model.Project;
import org.sectorscope.session.Autosave;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.AppFolders;
import org.sectorscope.store.AppHome;
import org.sectorscope.store.AppLog;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.store.SettingsMigration;
import org.sectorscope.store.WindowSettings;
import org.sectorscope.store.WindowSettingsFile;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.sectorscope.ui.common.FirstFrame;
import org.sectorscope.ui.common.LaunchShow;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.main.FailureDialog;
import org.sectorscope.ui.main.FxDialogs;
import org.sectorscope.ui.main.MainWindow;
import org.sectorscope.ui.main.UncaughtFailures;
import org.sectorscope.ui.main.WindowMemory;

/** The JavaFX application: builds the main window and opens the file named on the command line, or the sample. */
public final class SectorscopeApp extends Application {
    /**
     * System property: quit once the first frame showing the launch file (or the sample) is painted,
     * after printing {@link #FIRST_FRAME} and the project's sector count on standard output. The
     * packaging's class-data-sharing training run and the start-up benchmark use it.
     */
    public static final String QUIT_WHEN_OPEN = "sectorscope.quitWhenOpen";
    /**
     * The line {@link #QUIT_WHEN_OPEN} prints on the first frame showing the project, with the canvas drawing
     * it: {@code "sectorscope first frame: 30 sectors"}.
     */
    public static final String FIRST_FRAME = "sectorscope first frame: ";
    /**
     * The line {@link #QUIT_WHEN_OPEN} prints on the first frame with every pane built too, before it quits:
     * {@code "sectorscope all panes: 30 sectors"}.
     */
    public static final String ALL_PANES = "sectorscope all panes: ";

    /**
     * How long the window waits at launch for its project before it shows anyway; the sample and
     * ordinary files are in well before, and a big file then shows its progress in the status bar.
     */
    private static final long SHOW_AT_MOST_MILLIS = 1500;

    private final ProjectFiles files = new ProjectFiles();
    private final WindowSettingsFile windowSettings = new WindowSettingsFile(AppFolders.config());
    private WindowSettings savedWindow = WindowSettings.DEFAULTS;
    private final OpenFileRequests openFileRequests = new OpenFileRequests(Platform::runLater);

    public static void start(String[] args) {
        Application.launch(SectorscopeApp.class, args);
    }

    private AppLog log;

    /**
     * Runs on the launcher thread, so moving settings from the old folder, reading them and opening the log
     * keep off the FX thread.
     */
    @Override
    public void init() {
        if (getParameters().getUnnamed().isEmpty()) {
            files.prefetchSample();
        }
        QuadrantCanvasView.loadFontsAhead();
        WindowSetup.loadIconsAhead();
        SettingsMigration.copyOnce(AppHome.dir(), AppFolders.config());
        savedWindow = windowSettings.load();
        MacOpenFileEvents.install(openFileRequests);
        try {
            log = AppLog.start(AppFolders.logs());
            String version = SectorscopeApp.class.getPackage().getImplementationVersion();
            System.getLogger("org.sectorscope").log(System.Logger.Level.INFO, "Sectorscope "
                    + (version == null ? "(development build)" : version) + " started: Java "
                    + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                    + System.getProperty("os.version"));
        } catch (IOException | RuntimeException e) {
            // No log (a read-only home, say): the app runs on, and failures still show their dialog.
            log = null;
        }
    }

    @Override
    public void start(Stage stage) {
        ProjectSession session = new ProjectSession(Project.empty("Untitled project"), null, "Untitled");
        LaunchShow launch = new LaunchShow(stage);
        FxDialogs dialogs = new FxDialogs(stage, getHostServices(), launch::showNow);
        new UncaughtFailures(log == null ? null : log.folder(), report -> {
            launch.showNow();
            FailureDialog.show(stage, report);
        }).install();
        ProjectDocument document = new ProjectDocument(session, files, new RecentFiles(AppFolders.config()), Platform::runLater,
                dialogs, Autosave.inAppHome());
        // The canvas shows the project first; the Sectors, Evidence and Options panes are built after that frame.
        MainWindow window = MainWindow.withSidePanesLater(document, dialogs);
        window.attach(stage, WindowMemory.DEFAULT_WIDTH, WindowMemory.DEFAULT_HEIGHT);
        WindowMemory.restore(stage, window, savedWindow, WindowMemory.screens()).saveWith(window, settings -> files.run(() -> {
            try {
                windowSettings.save(settings);
            } catch (ProjectFileException e) {
                // Only the window's size and dividers are lost; the next start uses the defaults.
            }
        }));

        List<String> args = getParameters().getUnnamed();
        CompletableFuture<Void> opened = CompletableFuture.completedFuture(null);
        try {
            // Crash recovery is offered either way, also for a file named here (a double-click).
            opened = document.openAtLaunch(args.isEmpty() ? openFileRequests.takeWaiting() : Path.of(args.get(0)));
        } catch (InvalidPathException e) {
            dialogs.showError("Could not open the project", args.get(0) + ": not a valid path (" + e.getReason() + ")");
        }
        openFileRequests.ready(window::requestOpen);
        launch.showWhen(opened, SHOW_AT_MOST_MILLIS);
        CompletableFuture<Void> panesBuilt = new CompletableFuture<>();
        boolean quitWhenOpen = Boolean.getBoolean(QUIT_WHEN_OPEN);
        CompletableFuture<Void> opening = opened;
        FirstFrame.whenPainted(stage, CompletableFuture.completedFuture(null), () -> {
            if (quitWhenOpen && opening.isDone()) {
                printSectors(FIRST_FRAME, document);
            }
            window.buildSidePanes(() -> panesBuilt.complete(null));
        });
        if (quitWhenOpen) {
            // Once the first frame's line is out, so that one FirstFrame at a time watches the window.
            CompletableFuture.allOf(opened, panesBuilt).whenComplete((done, failure) -> Platform.runLater(() ->
                    window.whenPanesShowTheProject(() -> quitOnceAllPanesArePainted(stage, document))));
        }
    }

    /** The all-panes line once the next frame is painted, every pane (the later ones too) showing the project. */
    private void quitOnceAllPanesArePainted(Stage stage, ProjectDocument document) {
        FirstFrame.whenPainted(stage, CompletableFuture.completedFuture(null), () -> {
            if (!printedFirstFrame) {
                printSectors(FIRST_FRAME, document);
            }
            printSectors(ALL_PANES, document);
            Platform.exit();
        });
    }

    /** Whether {@link #FIRST_FRAME}'s line is out: when the project came after the first frame, it goes with the last. */
    private boolean printedFirstFrame;

    private void printSectors(String line, ProjectDocument document) {
        printedFirstFrame |= line.equals(FIRST_FRAME);
        System.out.println(line + document.session().project().sectors().size() + " sectors");
    }

    @Override
    public void stop() {
        files.close();
    }
}
