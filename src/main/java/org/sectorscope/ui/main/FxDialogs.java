package org.sectorscope.ui.main;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sectorscope.store.ProjectFormat;
import org.sectorscope.ui.common.WindowSetup;

/** The real dialogs: JavaFX alerts and the platform's file choosers. */
public final class FxDialogs implements MainWindowDialogs {
    private final Window owner;
    private final HostServices hostServices;
    private final Runnable ownerOnScreen;

    /** @param hostServices opens documents in the system's viewer; null where there is none */
    public FxDialogs(Window owner, HostServices hostServices) {
        this(owner, hostServices, () -> { });
    }

    /**
     * @param ownerOnScreen runs before any dialog shows: at launch the main window waits for its content
     *        before it shows ({@link org.sectorscope.ui.common.LaunchShow}), and a question must not come first
     */
    public FxDialogs(Window owner, HostServices hostServices, Runnable ownerOnScreen) {
        this.owner = owner;
        this.hostServices = hostServices;
        this.ownerOnScreen = ownerOnScreen;
    }

    /** The owner of a dialog about to show, on screen. */
    private Window owner() {
        ownerOnScreen.run();
        return owner;
    }

    @Override
    public Optional<Path> chooseCsvToImport(String title, Path initialFolder) {
        FileChooser chooser = csvChooser(title, initialFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCsvToExport(String title, Path initialFolder, String suggestedName) {
        FileChooser chooser = csvChooser(title, initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner())).map(File::toPath)
                .map(p -> p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".csv"));
    }

    private static FileChooser csvChooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    @Override
    public LockChoice askLocked(String fileName, String holder, boolean stale) {
        LockAlert lock = lockAlert(new LockQuestion(fileName, holder, stale));
        return lock.answer(lock.alert().showAndWait().orElse(null));
    }

    /** An alert and the choice each of its buttons stands for. */
    record LockAlert(Alert alert, Map<ButtonType, LockChoice> choices) {
        LockChoice answer(ButtonType button) {
            return button == null ? LockChoice.CANCEL : choices.getOrDefault(button, LockChoice.CANCEL);
        }
    }

    /** The alert for {@code q}: the question's default is the button Enter presses, and only Cancel answers Esc. */
    LockAlert lockAlert(LockQuestion q) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "");
        Map<ButtonType, LockChoice> choices = new LinkedHashMap<>();
        for (LockChoice choice : q.choices()) {
            // The data decides which button Esc and Enter press: only Cancel cancels, and only the default is YES.
            choices.put(new ButtonType(LockQuestion.label(choice), choice == LockChoice.CANCEL
                    ? ButtonBar.ButtonData.CANCEL_CLOSE : choice == q.defaultChoice() ? ButtonBar.ButtonData.YES
                    : ButtonBar.ButtonData.OTHER), choice);
        }
        alert.getButtonTypes().setAll(choices.keySet());
        WindowSetup.initDialog(alert, owner());
        alert.setTitle("Project in use");
        alert.setHeaderText(q.header());
        alert.setContentText(q.message());
        return new LockAlert(alert, choices);
    }

    @Override
    public ChangedChoice askChangedOnDisk(String fileName) {
        ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.OTHER);
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.NO);
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", saveAs, reload, overwrite, cancel);
        WindowSetup.initDialog(alert, owner());
        alert.setTitle("Changed on disk");
        alert.setHeaderText("\u201c" + fileName + "\u201d was changed by another program since you opened it");
        alert.setContentText("Reload discards your changes and opens the file as it is now. Overwrite replaces "
                + "the other program's changes with yours (the previous file is kept as .bak). Save As keeps both.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == reload ? ChangedChoice.RELOAD : answer == overwrite ? ChangedChoice.OVERWRITE
                : answer == saveAs ? ChangedChoice.SAVE_AS : ChangedChoice.CANCEL;
    }

    @Override
    public RestoreChoice askRestore(String projectName, String recordedAt, List<String> differences) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Decide Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        WindowSetup.initDialog(alert, owner());
        alert.setTitle("Restore unsaved work");
        alert.setHeaderText("Sectorscope closed unexpectedly with unsaved changes to \u201c" + projectName + "\u201d");
        alert.getDialogPane().setContent(SentenceListPane.of("Recorded " + recordedAt + ". Compared with the saved file:",
                differences.isEmpty() ? List.of("no differences") : differences, "differences", 560));
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? RestoreChoice.RESTORE : answer == discard ? RestoreChoice.DISCARD
                : RestoreChoice.LATER;
    }

    @Override
    public boolean offerRepair(String problem, List<String> fixes) {
        ButtonType open = new ButtonType("Open Repaired Copy", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", open, cancel);
        WindowSetup.initDialog(alert, owner());
        alert.setTitle("Could not open the project");
        alert.setHeaderText(problem);
        alert.getDialogPane().setContent(SentenceListPane.of("Sectorscope can open a repaired copy. The file itself is not "
                + "changed; save the copy under a new name to keep it. The repair:", fixes, "fixes", 600));
        return alert.showAndWait().filter(b -> b == open).isPresent();
    }

    @Override
    public void showInfo(String title, String message) {
        tell(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public void openDocument(String uri) {
        if (hostServices == null) {
            showError("Cannot open the source", "This system has no viewer for " + uri);
            return;
        }
        try {
            hostServices.showDocument(uri);
        } catch (RuntimeException e) {
            showError("Cannot open the source", uri + ": " + e.getMessage());
        }
    }

    @Override
    public OpenChoice confirmOpen(String target, String reason, Path folder) {
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OTHER);
        ButtonType trust = new ButtonType("Open and Trust This Folder", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = folder == null ? new Alert(Alert.AlertType.WARNING, "", open, cancel)
                : new Alert(Alert.AlertType.WARNING, "", open, trust, cancel);
        WindowSetup.initDialog(alert, owner());
        alert.setTitle("Open source");
        alert.setHeaderText("Open this only if you trust where the project came from");
        alert.getDialogPane().setContent(wrapped(target + "\n\nAsked because " + reason + "."
                + (folder == null ? "" : "\n\nTrusting the folder opens its documents without asking until you "
                + "quit: " + folder), 600));
        // Enter must not open it: Cancel is the default.
        for (ButtonType b : alert.getButtonTypes()) {
            ((Button) alert.getDialogPane().lookupButton(b)).setDefaultButton(b == cancel);
        }
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == open ? OpenChoice.OPEN : answer == trust ? OpenChoice.OPEN_AND_TRUST_FOLDER
                : OpenChoice.CANCEL;
    }

    @Override
    public UnsavedChoice confirmUnsaved(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", save, discard, cancel);
        WindowSetup.initDialog(alert, owner());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \u201c" + projectName + "\u201d?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        FileChooser chooser = chooser("Open project", initialFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Save project as", initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner())).map(File::toPath).map(FxDialogs::withSuffix);
    }

    /** Adds the project suffix when the user typed a bare name. */
    static Path withSuffix(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".json") ? p : p.resolveSibling(name + ProjectFormat.FILE_SUFFIX);
    }

    private static FileChooser chooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Sectorscope projects", "*" + ProjectFormat.FILE_SUFFIX),
                new FileChooser.ExtensionFilter("JSON files", "*.json"),
                new FileChooser.ExtensionFilter("Files exported by Sectorscope", "*.png", "*.svg", "*.pptx", "*.xlsx"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    @Override
    public void showError(String title, String message) {
        tell(Alert.AlertType.ERROR, title, message);
    }

    /** The plain sentence in the alert; the technical details behind its Show Details expander. */
    @Override
    public void showError(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (details != null && !details.isBlank()) {
            TextArea text = new TextArea(details);
            text.setId("error-details");
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(4);
            text.setMaxWidth(MESSAGE_WIDTH);
            alert.getDialogPane().setExpandableContent(text);
        }
        alert.showAndWait();
    }

    private static final double MESSAGE_WIDTH = 560;

    private void tell(Alert.AlertType type, String title, String message) {
        alert(type, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        WindowSetup.initDialog(alert, owner());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = wrapped(message, MESSAGE_WIDTH);
        text.setId("error-message");
        alert.getDialogPane().setContent(text);
        return alert;
    }

    /** Long messages (paths, lists of fixes) wrap instead of widening the alert off the screen. */
    private static Label wrapped(String message, double width) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(width);
        return text;
    }
}
