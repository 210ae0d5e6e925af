package org.sectorscope.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scripted answers to the document's questions, and a record of what was asked. */
public class ScriptedDialogs implements Dialogs {
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public LockChoice lockAnswer = LockChoice.CANCEL;
    public ChangedChoice changedAnswer = ChangedChoice.CANCEL;
    public RestoreChoice restoreAnswer = RestoreChoice.LATER;
    public boolean repairAnswer;
    public Path openAnswer;
    public Path saveAnswer;
    public Path csvImportAnswer;
    public Path csvExportAnswer;
    /** Each question in order, with what it named: "unsaved:NAME", "save:SUGGESTED", "locked:FILE:stale"... */
    public final List<String> asked = new ArrayList<>();
    /** The folder each file chooser started in. */
    public final List<Path> folders = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<List<String>> restoreDifferences = new ArrayList<>();
    public final List<List<String>> repairFixes = new ArrayList<>();

    @Override
    public Optional<Path> chooseCsvToImport(String title, Path initialFolder) {
        asked.add("csv-import");
        folders.add(initialFolder);
        return Optional.ofNullable(csvImportAnswer);
    }

    @Override
    public Optional<Path> chooseCsvToExport(String title, Path initialFolder, String suggestedName) {
        asked.add("csv-export:" + suggestedName);
        folders.add(initialFolder);
        return Optional.ofNullable(csvExportAnswer);
    }

    @Override
    public LockChoice askLocked(String fileName, String holder, boolean stale) {
        asked.add("locked:" + fileName + ":" + (stale ? "stale" : "live"));
        return lockAnswer;
    }

    @Override
    public ChangedChoice askChangedOnDisk(String fileName) {
        asked.add("changed:" + fileName);
        return changedAnswer;
    }

    @Override
    public RestoreChoice askRestore(String projectName, String recordedAt, List<String> differences) {
        asked.add("restore:" + projectName);
        restoreDifferences.add(differences);
        return restoreAnswer;
    }

    @Override
    public boolean offerRepair(String problem, List<String> fixes) {
        asked.add("repair:" + problem);
        repairFixes.add(fixes);
        return repairAnswer;
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public UnsavedChoice confirmUnsaved(String projectName) {
        asked.add("unsaved:" + projectName);
        return unsavedAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        asked.add("open");
        folders.add(initialFolder);
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        asked.add("save:" + suggestedName);
        folders.add(initialFolder);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    /** The technical details of each error told with them, in order; null where an error had none. */
    public final List<String> errorDetails = new ArrayList<>();

    @Override
    public void showError(String title, String message, String details) {
        showError(title, message);
        errorDetails.add(details);
    }
}
