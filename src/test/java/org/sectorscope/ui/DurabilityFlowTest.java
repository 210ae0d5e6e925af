package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.Autosave;
import org.sectorscope.session.Dialogs;
import org.sectorscope.session.ManualTicker;
import org.sectorscope.session.Notice;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.store.RecoveryJournal;
import org.sectorscope.ui.child.EditThenCrashMain;

/**
 * Never losing work, as the main window drives it without a window: the lock on open files, a file
 * changed on disk at save time or while open, a newer format opening read-only, the recovery journal
 * written after edits, and the crash-and-restore round trip through a killed child JVM.
 */
class DurabilityFlowTest {
    @TempDir
    Path dir;
    private final List<ProjectFiles> toClose = new ArrayList<>();
    private final StubDialogs dialogs = new StubDialogs();
    private final List<String> errors = dialogs.errors;
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final ManualTicker ticker = new ManualTicker();
    private Path file;

    @BeforeEach
    void saveAFile() throws Exception {
        file = dir.resolve("small.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
    }

    @AfterEach
    void tearDown() {
        toClose.forEach(ProjectFiles::close);
    }

    private ProjectDocument document(ProjectSession session, RecoveryJournal journal) {
        ProjectFiles files = new ProjectFiles();
        toClose.add(files);
        return new ProjectDocument(session, files, new RecentFiles(dir.resolve("home")), Runnable::run, dialogs,
                new Autosave(journal, clock::get, ticker));
    }

    private static ProjectSession session() {
        return new ProjectSession(Project.empty("Untitled"), null, "Untitled");
    }

    private void rename(ProjectSession s, String name) {
        s.execute(RenameSectorCommand.of(s.project(), TestProjects.CHIPS, name));
    }

    @Test
    void anOpenFileIsLockedUntilACleanExit() throws Exception {
        ProjectSession s = session();
        ProjectDocument vm = document(s, null);
        assertTrue(vm.open(file).get(10, TimeUnit.SECONDS));
        assertTrue(Files.exists(ProjectLock.lockFileOf(file)));
        assertEquals(ProcessHandle.current().pid(), ProjectLock.peek(file).orElseThrow().pid());
        vm.closeCleanly();
        toClose.get(0).run(() -> { }).get(10, TimeUnit.SECONDS);
        assertFalse(Files.exists(ProjectLock.lockFileOf(file)));
    }

    @Test
    void aSecondWindowOnALockedFileOpensItReadOnlyOrAsACopy() throws Exception {
        ProjectDocument first = document(session(), null);
        first.open(file).get(10, TimeUnit.SECONDS);

        dialogs.lockAnswer = Dialogs.LockChoice.READ_ONLY;
        ProjectSession second = session();
        ProjectDocument vm = document(second, null);
        assertTrue(vm.open(file).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("locked:small.sectorscope.json:live"), dialogs.asked);
        assertTrue(second.isReadOnly());
        assertEquals("small.sectorscope.json (read-only) \u2014 Sectorscope", second.titleBinding().get());
        assertThrows(IllegalStateException.class, () -> vm.saveAs(file), "never written over");

        dialogs.lockAnswer = Dialogs.LockChoice.COPY;
        ProjectSession third = session();
        document(third, null).open(file).get(10, TimeUnit.SECONDS);
        assertNull(third.file(), "a copy has no file until Save As");
        assertEquals("Copy of small.sectorscope.json", third.displayNameProperty().get());
        assertEquals(TestProjects.small(), third.project());
    }

    @Test
    void aLockLeftByADeadProcessCanBeTakenOver() throws Exception {
        // A lock whose holder is this host but a process that cannot exist.
        Files.writeString(ProjectLock.lockFileOf(file), "{\"format\": \"sectorscope-lock\", \"holder\": \"x\", \"host\": \""
                + ProjectLock.peek(file).map(h -> h.host()).orElse(InetAddress.getLocalHost().getHostName())
                + "\", \"pid\": 999999999, \"time\": \"2026-01-01T00:00:00Z\", \"appVersion\": \"0\"}");
        dialogs.lockAnswer = Dialogs.LockChoice.TAKE_OVER;
        ProjectSession s = session();
        assertTrue(document(s, null).open(file).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("locked:small.sectorscope.json:stale"), dialogs.asked);
        assertFalse(s.isReadOnly());
        assertEquals(ProcessHandle.current().pid(), ProjectLock.peek(file).orElseThrow().pid());
    }

    @Test
    void saveAsksBeforeOverwritingAFileChangedOnDiskEvenWithTheSameSizeAndTime() throws Exception {
        ProjectSession s = session();
        ProjectDocument vm = document(s, null);
        vm.open(file).get(10, TimeUnit.SECONDS);
        // Another program swaps two letters: same size; it also resets the modification time.
        FileTime mtime = Files.getLastModifiedTime(file);
        String text = Files.readString(file).replace("Solar PV", "Solar VP");
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, mtime);
        byte[] theirs = Files.readAllBytes(file);
        rename(s, "Chips");

        dialogs.changedAnswer = Dialogs.ChangedChoice.CANCEL;
        assertFalse(vm.save().get(10, TimeUnit.SECONDS));
        assertEquals(List.of("changed:small.sectorscope.json"), dialogs.asked);
        assertEquals(new String(theirs, StandardCharsets.UTF_8), Files.readString(file), "their version kept");
        assertTrue(s.isDirty());

        dialogs.changedAnswer = Dialogs.ChangedChoice.OVERWRITE;
        assertTrue(vm.save().get(10, TimeUnit.SECONDS));
        assertEquals("Chips", ProjectStore.load(file).sector(TestProjects.CHIPS).orElseThrow().name());
        assertFalse(s.isDirty());
        assertTrue(vm.save().get(10, TimeUnit.SECONDS), "our own save is not a change by another program");
        assertEquals(2, dialogs.asked.size());
    }

    @Test
    void reloadTakesTheVersionOnDisk() throws Exception {
        ProjectSession s = session();
        ProjectDocument vm = document(s, null);
        vm.open(file).get(10, TimeUnit.SECONDS);
        Project theirs = RenameSectorCommand.of(TestProjects.small(), TestProjects.SOLAR, "Solar (theirs)")
                .apply(TestProjects.small());
        ProjectStore.save(theirs, file);
        rename(s, "Mine");
        dialogs.changedAnswer = Dialogs.ChangedChoice.RELOAD;
        assertTrue(vm.save().get(10, TimeUnit.SECONDS));
        assertEquals(theirs, s.project());
        assertFalse(s.isDirty());
    }

    @Test
    void theWatcherNoticesAChangeByAnotherProgram() throws Exception {
        ProjectSession s = session();
        ProjectDocument vm = document(s, null);
        vm.open(file).get(10, TimeUnit.SECONDS);
        List<Notice> notices = new CopyOnWriteArrayList<>();
        vm.addNoticeListener(notices::add);
        assertEquals("", vm.changedOnDiskProperty().get());
        ProjectStore.save(RenameSectorCommand.of(TestProjects.small(), TestProjects.SOLAR, "Other")
                .apply(TestProjects.small()), file);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (vm.changedOnDiskProperty().get().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals("small.sectorscope.json was changed by another program.", vm.changedOnDiskProperty().get());
        assertEquals(List.of(new Notice(Notice.Kind.CHANGED_ON_DISK, "small.sectorscope.json was changed by another"
                + " program.")), notices, "said once, beside the bar");
        vm.keepMine();
        assertEquals("", vm.changedOnDiskProperty().get());
    }

    @Test
    void aFileFromANewerVersionOpensReadOnlyWithANotice() throws Exception {
        Path newer = dir.resolve("newer.sectorscope.json");
        Files.writeString(newer, Files.readString(file).replace("\"schemaVersion\": 2", "\"schemaVersion\": 7"));
        ProjectSession s = session();
        assertTrue(document(s, null).open(newer).get(10, TimeUnit.SECONDS));
        assertTrue(s.isReadOnly());
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).startsWith("Opened read-only: newer.sectorscope.json was written by a newer "
                + "Sectorscope (schema version 7"), dialogs.infos.get(0));
        assertFalse(Files.exists(ProjectLock.lockFileOf(newer)), "a file we never write needs no lock");
    }

    @Test
    void theJournalIsWrittenTwoSecondsAfterAnEditAndClearedOnSave() throws Exception {
        Path journalDir = dir.resolve("recovery");
        RecoveryJournal journal = new RecoveryJournal(journalDir);
        ProjectSession s = session();
        ProjectDocument vm = document(s, journal);
        vm.open(file).get(10, TimeUnit.SECONDS);
        rename(s, "Chips");
        clock.addAndGet(1_000);
        ticker.tick();
        drainIo();
        assertEquals(0, journalFiles(journalDir), "not yet: 1 s after the edit");
        clock.addAndGet(1_100);
        ticker.tick();
        drainIo();
        assertTrue(journalFiles(journalDir) > 0, "written 2 s after the edit");
        vm.save().get(10, TimeUnit.SECONDS);
        drainIo();
        assertEquals(0, journalFiles(journalDir), "cleared on save");
    }

    @Test
    void afterACrashTheNextLaunchOffersTheUnsavedWorkWithWhatDiffers() throws Exception {
        Path journalDir = dir.resolve("recovery");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), EditThenCrashMain.class.getName(), file.toString(),
                journalDir.toString()).redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("RECORDED", line);
        } finally {
            child.destroyForcibly(); // the crash: no clean exit clears the journal
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }

        dialogs.restoreAnswer = Dialogs.RestoreChoice.RESTORE;
        ProjectSession s = session();
        ProjectDocument vm = document(s, new RecoveryJournal(journalDir));
        vm.offerRecovery().get(10, TimeUnit.SECONDS);
        assertEquals(List.of("restore:small.sectorscope.json"), dialogs.asked);
        assertEquals(List.of(List.of("Sectors renamed (1): Semiconductors \u2192 Chips (renamed)")),
                dialogs.restoreDifferences);
        assertEquals("Chips (renamed)", s.project().sector(TestProjects.CHIPS).orElseThrow().name());
        assertEquals(file, s.file());
        assertTrue(s.isDirty(), "restored work is unsaved until saved");
        s.undo();
        assertEquals(TestProjects.small(), s.project(), "undo goes back to the saved file");
        drainIo();
        assertTrue(new RecoveryJournal(journalDir).pending().isEmpty(), "offered once");
    }

    /** Issue 12, point 3: started with FILE (a double-click), the unsaved work left by a crash is still offered. */
    @Test
    void aFileNamedAtLaunchIsOfferedItsRecoveryCopyAfterTakingOverItsStaleLock() throws Exception {
        Path journalDir = dir.resolve("recovery");
        crashWhileEditing(journalDir, true);
        // Unsaved work on another project is not this launch's business: it waits for a launch without a file.
        Path other = dir.resolve("other.sectorscope.json");
        ProjectStore.save(TestProjects.small(), other);
        String id = "file-00000000000000ff-999999999"; // as left by a process that has ended
        ProjectStore.save(RenameSectorCommand.of(TestProjects.small(), TestProjects.CHIPS, "Other")
                .apply(TestProjects.small()), journalDir.resolve(id + ".sectorscope.json"));
        Files.writeString(journalDir.resolve(id + ".meta.json"), "{\"projectFile\": \"" + other
                + "\", \"displayName\": \"other.sectorscope.json\", \"recordedAt\": \"2026-01-01T00:00:00Z\","
                + " \"pid\": 999999999}\n");

        dialogs.lockAnswer = Dialogs.LockChoice.TAKE_OVER;
        dialogs.restoreAnswer = Dialogs.RestoreChoice.RESTORE;
        ProjectSession s = session();
        ProjectDocument vm = document(s, new RecoveryJournal(journalDir));
        vm.openAtLaunch(file).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("locked:small.sectorscope.json:stale", "restore:small.sectorscope.json"), dialogs.asked);
        assertEquals("Chips (renamed)", s.project().sector(TestProjects.CHIPS).orElseThrow().name());
        assertEquals(file, s.file());
        assertFalse(s.isReadOnly());
        assertTrue(s.isDirty(), "restored work is unsaved until saved");
        drainIo();
        assertEquals(ProcessHandle.current().pid(), ProjectLock.peek(file).orElseThrow().pid(), "ours after taking over");
        assertEquals(List.of("other.sectorscope.json"), new RecoveryJournal(journalDir).pending().stream()
                .map(e -> e.displayName()).toList(), "offered once; the other project's copy is kept");
        assertTrue(vm.save().get(10, TimeUnit.SECONDS));
        assertEquals("Chips (renamed)", ProjectStore.load(file).sector(TestProjects.CHIPS).orElseThrow().name());
    }

    @Test
    void aFileNamedAtLaunchWithoutALockIsOfferedItsRecoveryCopyToo() throws Exception {
        Path journalDir = dir.resolve("recovery");
        crashWhileEditing(journalDir, false);
        dialogs.restoreAnswer = Dialogs.RestoreChoice.RESTORE;
        ProjectSession s = session();
        document(s, new RecoveryJournal(journalDir)).openAtLaunch(file).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("restore:small.sectorscope.json"), dialogs.asked);
        assertEquals("Chips (renamed)", s.project().sector(TestProjects.CHIPS).orElseThrow().name());
    }

    @Test
    void aFileNamedAtLaunchAndOpenedReadOnlyIsNotOfferedTheCopy() throws Exception {
        Path journalDir = dir.resolve("recovery");
        crashWhileEditing(journalDir, true);
        dialogs.lockAnswer = Dialogs.LockChoice.READ_ONLY;
        ProjectSession s = session();
        document(s, new RecoveryJournal(journalDir)).openAtLaunch(file).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("locked:small.sectorscope.json:stale"), dialogs.asked);
        assertEquals(TestProjects.small(), s.project());
        assertEquals(1, new RecoveryJournal(journalDir).pending().size(), "kept for a launch that can restore it");
    }

    /** A child JVM edits the file (holding its lock when {@code locked}), records the journal and is killed. */
    private void crashWhileEditing(Path journalDir, boolean locked) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), EditThenCrashMain.class.getName(), file.toString(),
                journalDir.toString(), locked ? "locked" : "unlocked").redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("RECORDED", line);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(locked, Files.exists(ProjectLock.lockFileOf(file)));
    }

    @Test
    void aRefusedFileThatCanBeRepairedOpensAsARepairedCopyAndIsNotTouched() throws Exception {
        // Evidence citing a source that does not exist: the strict reader refuses the file.
        String broken = Files.readString(file).replaceFirst("\"sourceId\": \"src-naughton\"", "\"sourceId\": \"ch99\"");
        Files.writeString(file, broken);
        dialogs.repairAnswer = true;
        ProjectSession s = session();
        assertTrue(document(s, null).open(file).get(10, TimeUnit.SECONDS));
        assertEquals(1, dialogs.repairFixes.size());
        assertEquals(1, dialogs.repairFixes.get(0).size());
        assertTrue(dialogs.repairFixes.get(0).get(0).endsWith("source \"ch99\" does not exist; the citation was removed"),
                dialogs.repairFixes.get(0).get(0));
        assertNull(s.file(), "a copy: saving never writes over the broken file");
        assertEquals("small.sectorscope.json (repaired copy)", s.displayNameProperty().get());
        assertEquals(broken, Files.readString(file));
        assertEquals(List.of(), errors);

        dialogs.repairAnswer = false;
        ProjectSession t = session();
        assertFalse(document(t, null).open(file).get(10, TimeUnit.SECONDS));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not open the project: " + file.getFileName() + ": "), errors.get(0));
    }

    private void drainIo() throws Exception {
        for (ProjectFiles f : toClose) {
            f.run(() -> { }).get(10, TimeUnit.SECONDS);
        }
    }

    private static long journalFiles(Path journalDir) throws Exception {
        if (!Files.isDirectory(journalDir)) {
            return 0;
        }
        try (var list = Files.list(journalDir)) {
            return list.count();
        }
    }
}
