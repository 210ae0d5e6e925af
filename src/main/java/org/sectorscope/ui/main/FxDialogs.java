package org.sectorscope.ui.main;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sectorscope.store.ProjectFormat;

/** The real dialogs: JavaFX alerts and the platform's file choosers. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final HostServices hostServices;

    /** @param hostServices opens documents in the system's viewer; null where there is none */
    public FxDialogs(Window owner, HostServices hostServices) {
        this.owner = owner;
        this.hostServices = hostServices;
    }

    @Override
    public Optional<Path> chooseCsvToImport(Path initialFolder) {
        FileChooser chooser = csvChooser("Import evidence from CSV", initialFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCsvToExport(Path initialFolder, String suggestedName) {
        FileChooser chooser = csvChooser("Export evidence to CSV", initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
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
        ButtonType readOnly = new ButtonType("Open Read-Only", ButtonBar.ButtonData.YES);
        ButtonType copy = new ButtonType("Edit a Copy", ButtonBar.ButtonData.OTHER);
        ButtonType takeOver = new ButtonType("Take Over", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = stale ? new Alert(Alert.AlertType.WARNING, "", readOnly, copy, takeOver, cancel)
                : new Alert(Alert.AlertType.WARNING, "", readOnly, copy, cancel);
        alert.initOwner(owner);
        alert.setTitle("Project in use");
        alert.setHeaderText("\u201c" + fileName + "\u201d is open elsewhere");
        alert.setContentText(holder + (stale
                ? "\nThat program is no longer running, so you can take the project over."
                : "\nTo avoid two writers, open it read-only or edit a copy."));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == readOnly ? LockChoice.READ_ONLY : answer == copy ? LockChoice.COPY
                : answer == takeOver ? LockChoice.TAKE_OVER : LockChoice.CANCEL;
    }

    @Override
    public ChangedChoice askChangedOnDisk(String fileName) {
        ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.OTHER);
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.NO);
        ButtonType saveAs = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", saveAs, reload, overwrite, cancel);
        alert.initOwner(owner);
        alert.setTitle("Changed on disk");
        alert.setHeaderText("\u201c" + fileName + "\u201d was changed by another program since you opened it");
        alert.setContentText("Reload discards your changes and opens the file as it is now. Overwrite replaces "
                + "the other program's changes with yours (the previous file is kept as .bak). Save As keeps both.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == reload ? ChangedChoice.RELOAD : answer == overwrite ? ChangedChoice.OVERWRITE
                : answer == saveAs ? ChangedChoice.SAVE_AS : ChangedChoice.CANCEL;
    }

    @Override
    public RestoreChoice askRestore(String projectName, String recordedAt, java.util.List<String> differences) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Decide Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        alert.initOwner(owner);
        alert.setTitle("Restore unsaved work");
        alert.setHeaderText("Sectorscope closed unexpectedly with unsaved changes to \u201c" + projectName + "\u201d");
        alert.getDialogPane().setContent(SentenceListPane.of("Recorded " + recordedAt + ". Compared with the saved file:",
                differences.isEmpty() ? java.util.List.of("no differences") : differences, "differences", 560));
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? RestoreChoice.RESTORE : answer == discard ? RestoreChoice.DISCARD
                : RestoreChoice.LATER;
    }

    @Override
    public boolean offerRepair(String problem, java.util.List<String> fixes) {
        ButtonType open = new ButtonType("Open Repaired Copy", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", open, cancel);
        alert.initOwner(owner);
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
    public UnsavedChoice confirmUnsaved(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \u201c" + projectName + "\u201d?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        FileChooser chooser = chooser("Open project", initialFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Save project as", initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxDialogs::withSuffix);
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
                new FileChooser.ExtensionFilter("Images exported by Sectorscope", "*.png"),
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

    private void tell(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(message, 560));
        alert.showAndWait();
    }

    /** Long messages (paths, lists of fixes) wrap instead of widening the alert off the screen. */
    private static Label wrapped(String message, double width) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(width);
        return text;
    }
}
