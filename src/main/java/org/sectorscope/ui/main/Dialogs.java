package org.sectorscope.ui.main;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the main window asks the user; an interface so robot tests can answer them. */
public interface Dialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    UnsavedChoice confirmUnsaved(String projectName);

    Optional<Path> chooseFileToOpen(Path initialFolder);

    Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName);

    /** A CSV file of evidence to import. */
    Optional<Path> chooseCsvToImport(Path initialFolder);

    /** Where to write the evidence as CSV. */
    Optional<Path> chooseCsvToExport(Path initialFolder, String suggestedName);

    void showError(String title, String message);

    /** Opens a file: or http(s): URI in the system's viewer. */
    void openDocument(String uri);
}
