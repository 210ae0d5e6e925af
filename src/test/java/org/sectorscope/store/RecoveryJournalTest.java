package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.TestProjects;

/**
 * The crash-recovery journal. A crash is simulated with a journal that records as a process id no
 * process has, which is what a crashed session leaves behind.
 */
class RecoveryJournalTest {
    /** Above Linux's largest pid_max (2^22) and not a Windows pid in practice. */
    private static final long DEAD_PID = 99_999_999L;
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    @TempDir
    Path home;

    private Path dir() {
        return home.resolve("recovery");
    }

    private RecoveryJournal crashed() {
        return new RecoveryJournal(dir(), Clock.fixed(AT, ZoneOffset.UTC), DEAD_PID);
    }

    private RecoveryJournal live() {
        return new RecoveryJournal(dir());
    }

    private List<String> files() throws Exception {
        if (!Files.isDirectory(dir())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @BeforeAll
    static void deadPidIsDead() {
        // Above every pid Linux (at most 2^22), macOS (99,999) or Windows (multiples of 4) hands out, so a
        // process with it is a broken premise to fail on, not an environment to skip.
        assertTrue(ProcessHandle.of(DEAD_PID).isEmpty(), "a process with pid " + DEAD_PID + " exists here");
    }

    @Test
    void anEntryLeftByACrashIsPendingAndRestoresTheSnapshot() throws Exception {
        Path file = home.resolve("work").resolve("small.sectorscope.json");
        Project snapshot = TestProjects.small();
        crashed().record(file, "small.sectorscope.json", snapshot);

        List<RecoveryEntry> pending = live().pending();
        assertEquals(1, pending.size());
        RecoveryEntry entry = pending.get(0);
        assertTrue(entry.isReadable(), entry.problem());
        assertEquals(file.toAbsolutePath().normalize(), entry.projectFile());
        assertFalse(entry.isUntitled());
        assertEquals("small.sectorscope.json", entry.displayName());
        assertEquals(AT, entry.recordedAt());
        assertEquals(DEAD_PID, entry.pid());
        assertEquals(snapshot, live().restore(entry));

        live().discard(entry);
        assertEquals(List.of(), live().pending());
        assertEquals(List.of(), files());
    }

    @Test
    void theSnapshotIsTheCanonicalProjectFile() throws Exception {
        crashed().record(null, "Untitled", TestProjects.small());
        List<String> names = files();
        assertEquals(2, names.size(), names.toString());
        Path snapshot = dir().resolve(names.stream().filter(n -> n.endsWith(".sectorscope.json")).findFirst().orElseThrow());
        assertEquals(ProjectWriter.toText(TestProjects.small()), Files.readString(snapshot));
        RecoveryEntry entry = live().pending().get(0);
        assertTrue(entry.isUntitled());
        assertNull(entry.projectFile());
    }

    @Test
    void oneEntryPerProjectRecordingAgainReplacesIt() throws Exception {
        RecoveryJournal journal = crashed();
        Path a = home.resolve("a.sectorscope.json");
        Project first = TestProjects.small();
        ProjectInfo info = first.info();
        Project second = first.withInfo(new ProjectInfo(info.id(), "Edited", info.subtitle(), info.sourceLine(),
                info.notes(), info.extras()));
        journal.record(a, "a", first);
        journal.record(a, "a", second);
        journal.record(home.resolve("b.sectorscope.json"), "b", first);
        assertEquals(4, files().size(), "two files per entry, no .bak or temp files: " + files());
        RecoveryEntry entryA = live().pending().stream().filter(e -> e.displayName().equals("a")).findFirst().orElseThrow();
        assertEquals("Edited", live().restore(entryA).info().title());
    }

    @Test
    void clearRemovesTheEntryOnSave() throws Exception {
        RecoveryJournal journal = live();
        Path file = home.resolve("small.sectorscope.json");
        Project p = TestProjects.small();
        journal.record(file, "small", p);
        journal.record(null, "Untitled", p);
        assertEquals(4, files().size());
        journal.clear(file, p);
        assertEquals(2, files().size());
        journal.clear(null, p);
        assertEquals(List.of(), files());
        journal.clear(file, p); // clearing twice is harmless
    }

    @Test
    void aCleanExitClearsOnlyThisProcesssEntries() throws Exception {
        crashed().record(home.resolve("old.sectorscope.json"), "old", TestProjects.small());
        RecoveryJournal journal = live();
        journal.record(home.resolve("a.sectorscope.json"), "a", TestProjects.small());
        journal.record(null, "Untitled", TestProjects.small());
        journal.clearThisProcess();
        assertEquals(2, files().size(), "the crashed session's entry stays: " + files());
        assertEquals("old", live().pending().get(0).displayName());
    }

    @Test
    void entriesOfRunningProcessesAreNotOffered() throws Exception {
        live().record(home.resolve("mine.sectorscope.json"), "mine", TestProjects.small());
        assertEquals(List.of(), live().pending(), "this process is running");

        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        // Maven's surefire (or an IDE) started this JVM and waits for it, so the parent is always alive.
        assertTrue(parent > 0 && ProcessHandle.of(parent).map(ProcessHandle::isAlive).orElse(false),
                "this JVM's parent process (" + parent + ") is not running");
        new RecoveryJournal(dir(), Clock.systemUTC(), parent).record(null, "parent's", TestProjects.small());
        assertEquals(List.of(), live().pending(), "another running process");
    }

    @Test
    void aPidReusedByAnotherProcessDoesNotHideACrash() throws Exception {
        live().record(null, "reused", TestProjects.small());
        Path meta = onlyFile(".meta.json");
        String text = Files.readString(meta);
        assertTrue(text.contains("\"processStart\""), text);
        Files.writeString(meta, text.replaceFirst("\"processStart\": \"[^\"]*\"", "\"processStart\": \"2000-01-01T00:00:00Z\""));
        List<RecoveryEntry> pending = live().pending();
        assertEquals(1, pending.size(), "same pid, but the process that wrote it started long ago and is gone");
        assertEquals("reused", pending.get(0).displayName());
    }

    @Test
    void aDeadPidWrittenIntoTheMetadataMakesTheEntryPending() throws Exception {
        live().record(null, "hand-edited", TestProjects.small());
        Path meta = onlyFile(".meta.json");
        String text = Files.readString(meta);
        Files.writeString(meta, text.replaceFirst("\"pid\": \\d+", "\"pid\": " + DEAD_PID));
        assertEquals(List.of("hand-edited"), live().pending().stream().map(RecoveryEntry::displayName).toList());
    }

    @Test
    void corruptMetadataIsReportedAndCanBeDiscarded() throws Exception {
        Files.createDirectories(dir());
        Path meta = dir().resolve("file-0123456789abcdef-" + DEAD_PID + ".meta.json");
        Files.writeString(meta, "{\"displayName\": \"half");
        List<RecoveryEntry> pending = live().pending();
        assertEquals(1, pending.size());
        RecoveryEntry entry = pending.get(0);
        assertFalse(entry.isReadable());
        assertEquals(meta + ": the recovery metadata is not valid JSON", entry.problem());
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> live().restore(entry));
        assertEquals(meta + ": the recovery metadata is not valid JSON", e.getMessage());
        live().discard(entry);
        assertEquals(List.of(), files());
    }

    @Test
    void incompleteMetadataIsReported() throws Exception {
        Files.createDirectories(dir());
        Path meta = dir().resolve("untitled-0123456789abcdef-" + DEAD_PID + ".meta.json");
        Files.writeString(meta, "{\"displayName\": \"no time or pid\"}");
        RecoveryEntry entry = live().pending().get(0);
        assertEquals(meta + ": the recovery metadata is incomplete", entry.problem());
    }

    @Test
    void aCorruptSnapshotIsAProjectFileExceptionNamingIt() throws Exception {
        crashed().record(null, "Untitled", TestProjects.small());
        Path snapshot = onlyFile(".sectorscope.json");
        Files.writeString(snapshot, "{\"format\": \"sectorscope-project\", \"schemaVersion\": 1, \"proj");
        RecoveryEntry entry = live().pending().get(0);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> live().restore(entry));
        assertEquals(snapshot.toString(), e.file());
        assertTrue(e.problem().startsWith("the file ends too early"), e.getMessage());
        live().discard(entry);
        assertEquals(List.of(), files());
    }

    @Test
    void aMissingSnapshotIsReported() throws Exception {
        crashed().record(null, "Untitled", TestProjects.small());
        Path snapshot = onlyFile(".sectorscope.json");
        Files.delete(snapshot);
        RecoveryEntry entry = live().pending().get(0);
        assertEquals(snapshot + ": the recovery copy is missing", entry.problem());
    }

    @Test
    void noFolderMeansNothingPendingAndOtherFilesAreIgnored() throws Exception {
        assertEquals(List.of(), live().pending());
        Files.createDirectories(dir());
        Files.write(dir().resolve(".file-x-1.meta.json.123.tmp"), "partial".getBytes(StandardCharsets.UTF_8));
        Files.write(dir().resolve("notes.txt"), "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), live().pending());
    }

    @Test
    void theApplicationsJournalIsInTheAppHome() {
        assertEquals(AppHome.dir().resolve("recovery"), RecoveryJournal.inAppHome().dir());
    }

    private Path onlyFile(String suffix) throws Exception {
        List<String> matching = files().stream().filter(n -> n.endsWith(suffix)).toList();
        assertEquals(1, matching.size(), matching.toString());
        return dir().resolve(matching.get(0));
    }
}
