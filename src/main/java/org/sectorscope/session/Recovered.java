package org.sectorscope.session;

import java.nio.file.Files;
import java.util.List;
import org.sectorscope.logic.ProjectDiff;
import org.sectorscope.model.Project;
import org.sectorscope.store.FileFingerprint;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecoveryEntry;
import org.sectorscope.store.RecoveryJournal;

/**
 * Unsaved work found in the recovery journal, read on a read thread: the recovered project, the saved
 * file it started from (null when untitled or the file is gone) and what differs. When the entry cannot
 * be read, {@code restored} is null and {@code problem} says why, naming the file.
 */
record Recovered(RecoveryEntry entry, Project restored, Project saved, FileFingerprint fingerprint,
                 List<String> differences, String problem) {
    /** The project the restore command starts from: the saved file, or an empty project. */
    Project base() {
        return saved != null ? saved : Project.empty(restored.info().title());
    }

    static Recovered read(RecoveryJournal journal, RecoveryEntry entry) {
        Project restored;
        try {
            restored = journal.restore(entry);
        } catch (ProjectFileException e) {
            return new Recovered(entry, null, null, null, List.of(), e.getMessage());
        }
        Project saved = null;
        FileFingerprint fingerprint = null;
        if (entry.projectFile() != null && Files.isRegularFile(entry.projectFile())) {
            try {
                fingerprint = FileFingerprint.of(entry.projectFile());
                saved = ProjectStore.load(entry.projectFile());
            } catch (ProjectFileException e) {
                saved = null; // the saved file is unreadable now: restore as an untitled project
                fingerprint = null;
            }
        }
        List<String> differences = saved == null ? List.of("The saved file is not available; the whole project "
                + "is restored as a new, unsaved project") : ProjectDiff.describe(saved, restored);
        return new Recovered(entry, restored, saved, fingerprint, differences, null);
    }
}
