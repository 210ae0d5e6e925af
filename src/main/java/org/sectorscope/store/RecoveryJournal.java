package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sectorscope.model.Project;

/**
 * Crash recovery. While a project has unsaved edits the app records a copy of it here: the canonical
 * project file plus a small metadata file naming the project, the time and the process that wrote it.
 * Saving or closing clears the entry; an entry whose process is no longer running is what a crash left
 * behind, and {@link #pending()} offers it on the next start.
 *
 * <p>Each open project has one entry per process, named by a hash of its file's path (or of the project
 * id while it is untitled) and the process id, so a new session never overwrites what a crashed one left.
 */
public final class RecoveryJournal {
    private static final String SNAPSHOT_SUFFIX = ProjectFormat.FILE_SUFFIX;
    private static final String META_SUFFIX = ".meta.json";
    private static final int MAX_META_BYTES = 64 * 1024;
    /** Process start times are read from the OS by each process; allow for rounding between readings. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    private final Path dir;
    private final Clock clock;
    private final long pid;
    private final Instant processStart;

    /** The journal in the user's application-data folder. */
    public static RecoveryJournal inAppHome() {
        return new RecoveryJournal(AppHome.dir().resolve("recovery"));
    }

    /** A journal kept in {@code dir} for this process. */
    public RecoveryJournal(Path dir) {
        this(dir, Clock.systemUTC(), ProcessHandle.current().pid());
    }

    /** A journal that records as process {@code pid}; tests use it to leave entries of dead processes. */
    RecoveryJournal(Path dir, Clock clock, long pid) {
        this.dir = dir;
        this.clock = clock;
        this.pid = pid;
        this.processStart = ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()).orElse(null);
    }

    public Path dir() {
        return dir;
    }

    /** Records {@code snapshot} as the recovery copy of the project at {@code projectFileOrNull}, atomically. */
    public void record(Path projectFileOrNull, String displayName, Project snapshot) throws ProjectFileException {
        Objects.requireNonNull(displayName, "displayName");
        String id = idOf(projectFileOrNull, snapshot);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ProjectFileException(dir.toString(), "the recovery folder cannot be created ("
                    + IoReasons.of(e) + ")", -1, -1, e);
        }
        ObjectNode meta = ProjectJson.MAPPER.createObjectNode();
        if (projectFileOrNull != null) {
            meta.put("projectFile", projectFileOrNull.toAbsolutePath().normalize().toString());
        }
        meta.put("displayName", displayName);
        meta.put("recordedAt", clock.instant().toString());
        meta.put("pid", pid);
        if (processStart != null) {
            meta.put("processStart", processStart.toString());
        }
        // The snapshot first: an entry is found by its metadata, which so never points to a missing copy.
        writeWithoutBackup(snapshotFile(id), ProjectWriter.toFileBytes(snapshot, snapshotFile(id).toString()));
        writeWithoutBackup(metaFile(id), toBytes(meta));
    }

    /** Removes this process's entry for the project, once it is saved or closed. */
    public void clear(Path projectFileOrNull, Project project) throws ProjectFileException {
        delete(idOf(projectFileOrNull, project));
    }

    /** Removes every entry of this process, on a clean exit. */
    public void clearThisProcess() throws ProjectFileException {
        String ending = "-" + pid;
        for (Path f : list()) {
            String id = idOfFile(f);
            if (id != null && id.endsWith(ending)) {
                delete(id);
            }
        }
    }

    /**
     * Entries left by processes that are no longer running, newest first; entries of running processes
     * (this one included) are still in use and not offered. A damaged entry is listed with its problem.
     */
    public List<RecoveryEntry> pending() throws ProjectFileException {
        List<RecoveryEntry> entries = new ArrayList<>();
        for (Path f : list()) {
            if (f.getFileName().toString().endsWith(META_SUFFIX)) {
                Recorded r = readEntry(idOfFile(f));
                if (r != null && (!r.entry().isReadable() || !isRunning(r.entry().pid(), r.processStart()))) {
                    entries.add(r.entry());
                }
            }
        }
        entries.sort(Comparator.comparing(RecoveryEntry::recordedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    /** The recorded project; a damaged copy is a {@link ProjectFileException} naming it. */
    public Project restore(RecoveryEntry entry) throws ProjectFileException {
        if (!entry.isReadable()) {
            throw entry.damage();
        }
        return ProjectReader.read(snapshotFile(entry.id()));
    }

    /** Deletes an entry, after it was restored or the user declined it. */
    public void discard(RecoveryEntry entry) throws ProjectFileException {
        delete(entry.id());
    }

    /** An entry and the start time of the process that wrote it. */
    private record Recorded(RecoveryEntry entry, Instant processStart) {
    }

    /** The entry with this id; null when it vanished meanwhile (its process cleared it). */
    private Recorded readEntry(String id) {
        Path metaFile = metaFile(id);
        JsonNode meta;
        try {
            // Our own small file, but read as any other: a pipe or /dev/zero put here reads as damaged.
            byte[] bytes = RegularFiles.readSmallNoFollow(metaFile, MAX_META_BYTES);
            if (bytes == null) {
                return null;
            }
            meta = ProjectJson.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            return damaged(metaFile, id, "the recovery metadata is not valid JSON");
        } catch (IOException e) {
            return damaged(metaFile, id, "cannot be read (" + IoReasons.of(e) + ")");
        }
        if (meta == null || !meta.isObject()) {
            return damaged(metaFile, id, "the recovery metadata is incomplete");
        }
        String name = text(meta, "displayName");
        Instant at = instant(meta, "recordedAt");
        JsonNode pidNode = meta.get("pid");
        String project = text(meta, "projectFile");
        if (name == null || at == null || pidNode == null || !pidNode.isIntegralNumber() || !pidNode.canConvertToLong()) {
            return damaged(metaFile, id, "the recovery metadata is incomplete");
        }
        Path projectFile;
        try {
            projectFile = project == null ? null : Path.of(project);
        } catch (InvalidPathException e) {
            return damaged(metaFile, id, "the recovery metadata names an invalid path");
        }
        if (!Files.isRegularFile(snapshotFile(id))) {
            return Files.exists(metaFile) ? damaged(snapshotFile(id), id, "the recovery copy is missing") : null;
        }
        RecoveryEntry entry = new RecoveryEntry(id, projectFile, name, at, pidNode.asLong(), null);
        return new Recorded(entry, instant(meta, "processStart"));
    }

    private static Recorded damaged(Path file, String id, String problem) {
        return new Recorded(RecoveryEntry.damaged(id, new ProjectFileException(file.toString(), problem)), null);
    }

    /** Whether the process that wrote an entry still runs; a reused pid has another start time. */
    private static boolean isRunning(long pid, Instant recordedStart) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Optional<Instant> start = handle.get().info().startInstant();
        return recordedStart == null || start.isEmpty()
                || Duration.between(recordedStart, start.get()).abs().compareTo(START_TOLERANCE) <= 0;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private List<Path> list() throws ProjectFileException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path f : stream) {
                if (idOfFile(f) != null) {
                    files.add(f);
                }
            }
        } catch (IOException e) {
            throw new ProjectFileException(dir.toString(), "the recovery folder cannot be read ("
                    + IoReasons.of(e) + ")", -1, -1, e);
        }
        return files;
    }

    /** The entry id of a journal file, or null for anything else (temp files of a write in progress). */
    private static String idOfFile(Path f) {
        String name = f.getFileName().toString();
        if (name.startsWith(".")) {
            return null;
        }
        for (String suffix : List.of(META_SUFFIX, SNAPSHOT_SUFFIX)) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private String idOf(Path projectFileOrNull, Project project) {
        String key = projectFileOrNull == null ? "untitled-" + hash(project.info().id())
                : "file-" + hash(projectFileOrNull.toAbsolutePath().normalize().toString());
        return key + "-" + pid;
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private Path snapshotFile(String id) {
        return dir.resolve(id + SNAPSHOT_SUFFIX);
    }

    private Path metaFile(String id) {
        return dir.resolve(id + META_SUFFIX);
    }

    /** Writes atomically; the journal keeps no .bak of its own copies. */
    private static void writeWithoutBackup(Path file, byte[] content) throws ProjectFileException {
        try {
            AtomicFileWriter.standard().write(file, AtomicFileWriter.Content.of(content),
                    WriteMode.replaceKeepingBackup().withoutBackup());
        } catch (FileWriteException e) {
            throw AtomicFileWriter.asSaveError(e);
        }
    }

    private static byte[] toBytes(JsonNode node) {
        try {
            return (ProjectJson.WRITER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a metadata node always serialises", e);
        }
    }

    /**
     * The metadata goes first, so a half-deleted entry is never listed. The .bak names go too: earlier
     * versions left one for a moment after each write, and a crash then left it for good.
     */
    private void delete(String id) throws ProjectFileException {
        for (Path f : List.of(metaFile(id), snapshotFile(id), AtomicFileWriter.backupOf(metaFile(id)),
                AtomicFileWriter.backupOf(snapshotFile(id)))) {
            try {
                Files.deleteIfExists(f);
            } catch (NoSuchFileException e) {
                // already gone
            } catch (IOException e) {
                throw new ProjectFileException(f.toString(), "the recovery copy cannot be deleted ("
                        + IoReasons.of(e) + ")", -1, -1, e);
            }
        }
    }
}
