package org.sectorscope.session;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.store.RecoveryJournal;

/**
 * Documents as a window would drive them, without one: the FX thread is whichever thread finishes the
 * work ({@code Runnable::run}), the dialogs answer from a script, the ticker and clock move by hand.
 * {@code file} holds {@link TestProjects#small()}.
 */
final class DocumentFixture implements AutoCloseable {
    static final long DEAD_PID = 999_999_999L;
    final Path dir;
    final Path file;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final ManualTicker ticker = new ManualTicker();
    final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<ProjectFiles> files = new ArrayList<>();

    DocumentFixture(Path dir) throws Exception {
        this.dir = dir;
        this.file = dir.resolve("small.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
    }

    static ProjectSession untitled() {
        return new ProjectSession(Project.empty("Untitled"), null, "Untitled");
    }

    /** A document, as one window holds it, keeping its recovery copies in {@code journal} (null: none). */
    ProjectDocument document(ProjectSession session, RecoveryJournal journal) {
        ProjectFiles f = new ProjectFiles();
        files.add(f);
        return new ProjectDocument(session, f, new RecentFiles(dir.resolve("home")), Runnable::run, dialogs,
                new Autosave(journal, clock::get, ticker));
    }

    /** A document on {@code file}, opened for editing (so holding its lock). */
    ProjectDocument opened(ProjectSession session, RecoveryJournal journal) throws Exception {
        ProjectDocument document = document(session, journal);
        if (!await(document.open(file))) {
            throw new AssertionError("could not open " + file + ": " + dialogs.errors);
        }
        return document;
    }

    static void rename(ProjectSession session, String name) {
        session.execute(RenameSectorCommand.of(session.project(), TestProjects.CHIPS, name));
    }

    /** The small project with Chips renamed, as another program or a crash would leave it. */
    static Project renamed(String name) {
        return RenameSectorCommand.of(TestProjects.small(), TestProjects.CHIPS, name).apply(TestProjects.small());
    }

    static String chipsName(Project p) {
        return p.sector(TestProjects.CHIPS).orElseThrow().name();
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    /**
     * Waits until everything queued on the write threads (locks, recovery copies, recent files) is done,
     * twice over: a task's answer may queue one more (a new lock's answer releases the old lock).
     */
    void drainIo() throws Exception {
        for (int round = 0; round < 2; round++) {
            for (ProjectFiles f : files) {
                f.run(() -> { }).get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** {@code seconds} seconds pass, the ticker ticking each one; then the writes are waited for. */
    void pass(int seconds) throws Exception {
        for (int i = 0; i < seconds; i++) {
            clock.addAndGet(1_000);
            ticker.tick();
        }
        drainIo();
    }

    /** A lock on {@code project} left by a process of this host that has ended. */
    static void leaveStaleLock(Path project) throws Exception {
        Files.writeString(ProjectLock.lockFileOf(project), "{\"format\": \"sectorscope-lock\", \"holder\": \"x\", "
                + "\"host\": \"" + InetAddress.getLocalHost().getHostName() + "\", \"pid\": " + DEAD_PID
                + ", \"time\": \"2026-01-01T00:00:00Z\", \"appVersion\": \"0\"}");
    }

    /** Unsaved work on {@code project} (null: untitled) left in {@code journalDir} by a process that crashed. */
    static void leaveRecoveryCopy(Path journalDir, String id, Path projectFile, String displayName, Project project)
            throws Exception {
        Files.createDirectories(journalDir);
        String entry = "file-" + id + "-" + DEAD_PID;
        ProjectStore.save(project, journalDir.resolve(entry + ".sectorscope.json"));
        Files.writeString(journalDir.resolve(entry + ".meta.json"), "{"
                + (projectFile == null ? "" : "\"projectFile\": \"" + projectFile + "\", ")
                + "\"displayName\": \"" + displayName + "\", \"recordedAt\": \"2026-01-01T00:00:00Z\", "
                + "\"pid\": " + DEAD_PID + "}\n");
    }

    static long filesIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var list = Files.list(folder)) {
            return list.count();
        }
    }

    @Override
    public void close() {
        files.forEach(ProjectFiles::close);
    }
}
