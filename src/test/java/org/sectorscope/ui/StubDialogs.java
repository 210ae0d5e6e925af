package org.sectorscope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sectorscope.ui.main.Dialogs;

/** Scripted answers to the main window's questions, and a record of what was asked. */
public final class StubDialogs implements Dialogs {
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public Path openAnswer;
    public Path saveAnswer;
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> opened = new ArrayList<>();
    public Path csvImportAnswer;
    public Path csvExportAnswer;

    @Override
    public Optional<Path> chooseCsvToImport(Path initialFolder) {
        asked.add("csv-import");
        return Optional.ofNullable(csvImportAnswer);
    }

    @Override
    public Optional<Path> chooseCsvToExport(Path initialFolder, String suggestedName) {
        asked.add("csv-export:" + suggestedName);
        return Optional.ofNullable(csvExportAnswer);
    }

    public LockChoice lockAnswer = LockChoice.CANCEL;
    public ChangedChoice changedAnswer = ChangedChoice.CANCEL;
    public RestoreChoice restoreAnswer = RestoreChoice.LATER;
    public final List<String> infos = new ArrayList<>();
    public final List<List<String>> restoreDifferences = new ArrayList<>();

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

    public boolean repairAnswer;
    public final List<List<String>> repairFixes = new ArrayList<>();

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
    public void openDocument(String uri) {
        opened.add(uri);
    }

    public OpenChoice confirmOpenAnswer = OpenChoice.CANCEL;
    /** Each confirmation asked: the target shown, then why. */
    public final List<String> confirmedTargets = new ArrayList<>();

    @Override
    public OpenChoice confirmOpen(String target, String reason, Path folder) {
        asked.add("confirm-open:" + target);
        confirmedTargets.add(target + " | " + reason);
        return confirmOpenAnswer;
    }

    @Override
    public UnsavedChoice confirmUnsaved(String projectName) {
        asked.add("unsaved:" + projectName);
        return unsavedAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        asked.add("open");
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        asked.add("save:" + suggestedName);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
