package org.sectorscope.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the open document asks the screen, and the only way it reaches it: the window answers with
 * dialogs, tests with scripted answers. Called on the FX thread; each question returns its answer.
 */
public interface Dialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** What to do with a project another Sectorscope has open. */
    enum LockChoice { READ_ONLY, COPY, TAKE_OVER, CANCEL }

    /** What to do when the file changed on disk since it was opened. */
    enum ChangedChoice { RELOAD, OVERWRITE, SAVE_AS, CANCEL }

    /** What to do with unsaved work found after a crash. */
    enum RestoreChoice { RESTORE, DISCARD, LATER }

    /** {@code stale}: the holder's process is gone, so taking over is safe. */
    LockChoice askLocked(String fileName, String holder, boolean stale);

    ChangedChoice askChangedOnDisk(String fileName);

    /** {@code differences}: what the unsaved work changes compared with the saved file. */
    RestoreChoice askRestore(String projectName, String recordedAt, List<String> differences);

    void showInfo(String title, String message);

    /** A refused file can be repaired: true opens the repaired copy. {@code problem} names the file. */
    boolean offerRepair(String problem, List<String> fixes);

    UnsavedChoice confirmUnsaved(String projectName);

    Optional<Path> chooseFileToOpen(Path initialFolder);

    Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName);

    /** A CSV file to import; {@code title} says what it holds ("Import evidence from CSV"). */
    Optional<Path> chooseCsvToImport(String title, Path initialFolder);

    /** Where to write a CSV; {@code title} says what goes in it ("Export evidence to CSV"). */
    Optional<Path> chooseCsvToExport(String title, Path initialFolder, String suggestedName);

    void showError(String title, String message);

    /** An error in plain words, with {@code details} (technical, may be null) for whoever asks for them. */
    default void showError(String title, String message, String details) {
        showError(title, details == null ? message : message + "\n\nDetails: " + details);
    }
}
