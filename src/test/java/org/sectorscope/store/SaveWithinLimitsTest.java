package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.cli.Cli;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.TestProjects;

/**
 * No save writes a file the reader would refuse (issue 12, point 1): a project whose saved form would
 * break a limit of the format is refused before anything is written, saying why, and the file on disk,
 * its backup and the last recovery copy stay as they were.
 */
class SaveWithinLimitsTest {
    /** 90,000 evidence items of 500 characters: 68 MB in the canonical form, as a large CSV import makes. */
    private static Project big;

    @TempDir
    Path dir;

    @BeforeAll
    static void bigProject() throws Exception {
        String note = "n".repeat(500);
        List<String> tags = List.of("t1", "t2", "t3", "t4");
        List<Evidence> items = new ArrayList<>();
        for (int i = 0; i < 90_000; i++) {
            items.add(new Evidence("big-" + i, null, note, null, null, Reliability.C, 3, Bearing.NONE, tags, null,
                    Extras.NONE));
        }
        big = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withEvidence(items));
    }

    private List<String> folder() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSaveThatWouldBeOverTheSizeLimitIsRefusedAndTheFileAndItsBackupStay() throws Exception {
        Path file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        ProjectStore.save(TestProjects.random(1, 3), file);
        byte[] before = Files.readAllBytes(file);
        byte[] backup = Files.readAllBytes(AtomicFileWriter.backupOf(file));
        FileFingerprint loaded = FileFingerprint.of(file);

        ProjectFileException refused = assertThrows(ProjectFileException.class,
                () -> ProjectStore.save(big, file, loaded));

        assertTrue(refused.getMessage().startsWith(file + ": cannot be saved: the saved file would be "),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("more than the 64 MB a project file may have"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("nothing was written"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is as it was");
        assertArrayEquals(backup, Files.readAllBytes(AtomicFileWriter.backupOf(file)), "and so is its backup");
        assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), folder(), "no temp file is left");
        ProjectReader.read(file); // and both still open
        ProjectReader.read(AtomicFileWriter.backupOf(file));
    }

    @Test
    void aSaveWhoseBytesWouldBreakTheParsersLimitsIsRefusedAndTheFileStays() throws Exception {
        Path file = dir.resolve("p.sectorscope.json");
        FileFingerprint loaded = ProjectStore.save(TestProjects.random(1, 3), file, null);
        byte[] before = Files.readAllBytes(file);
        List<String> files = folder();
        Object value = "deep";
        for (int i = 0; i < ProjectFormat.MAX_NESTING_DEPTH + 5; i++) {
            value = List.of(value);
        }
        Project deep = new Project(TestProjects.small().info(), TestProjects.small().framework(),
                TestProjects.small().sources(), TestProjects.small().sectors(), TestProjects.small().criteria(),
                TestProjects.small().options(), Extras.of(Map.of("fromANewerVersion", value)));

        ProjectFileException refused = assertThrows(ProjectFileException.class,
                () -> ProjectStore.save(deep, file, loaded));

        assertTrue(refused.getMessage().startsWith(file + ": cannot be saved: the saved file would break a limit"
                + " of the format ("), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("nothing was written"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is as it was");
        assertEquals(files, folder(), "no temp file is left");
    }

    @Test
    void migrateOfACompactFileWhoseCanonicalFormWouldBeTooLargeLeavesItAlone() throws Exception {
        Path file = dir.resolve("compact.sectorscope.json");
        byte[] compact = compactButDeep();
        assertTrue(compact.length < 12_000_000, "a small file: " + compact.length);
        Files.write(file, compact);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("migrate", file.toString());

        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.INVALID, status, said);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(1, said.lines().count(), "[" + said + "]");
        // It was read (the refusal is the save's), and its canonical form is what would be too large.
        assertTrue(said.startsWith("error: " + file + ": cannot be saved: the saved file would be "), said);
        assertTrue(said.contains("more than the 64 MB a project file may have"), said);
        assertArrayEquals(compact, Files.readAllBytes(file), "the file keeps its bytes");
        assertEquals(List.of("compact.sectorscope.json"), folder(), "no backup, no temp file: nothing was written");
    }

    /**
     * A valid project written without indentation whose canonical form is over the size limit: 480,000
     * texts in a field from a newer version, nested 60 lists deep, so that the canonical form indents
     * each of them by 120 spaces. (The case, a 61 MB compact file that migrated to 99 MB, is the
     * same: indentation is what grows; this one is cheaper to read.)
     */
    static byte[] compactButDeep() throws Exception {
        Object value = Collections.nCopies(480_000, "twenty characters...");
        for (int i = 0; i < 60; i++) {
            value = List.of(value);
        }
        Project project = new Project(TestProjects.small().info(), TestProjects.small().framework(),
                TestProjects.small().sources(), TestProjects.small().sectors(), TestProjects.small().criteria(),
                TestProjects.small().options(), Extras.of(Map.of("fromANewerVersion", value)));
        return new ObjectMapper().writeValueAsBytes(ProjectMapper.toDto(project));
    }

    @Test
    void theRecoveryJournalKeepsItsLastCopyWhenTheNextCouldNotBeRead() throws Exception {
        RecoveryJournal journal = new RecoveryJournal(dir.resolve("recovery"));
        Path projectFile = dir.resolve("p.sectorscope.json");
        journal.record(projectFile, "p", TestProjects.small());
        Path copy;
        try (Stream<Path> files = Files.list(journal.dir())) {
            copy = files.filter(f -> f.getFileName().toString().endsWith(ProjectFormat.FILE_SUFFIX)).findFirst()
                    .orElseThrow();
        }
        byte[] lastGood = Files.readAllBytes(copy);
        // More unknown content than a file may keep: cheap to build, and refused like any other limit.
        Project tooMuch = withUnknown(TestProjects.small(), 500_000);

        ProjectFileException refused = assertThrows(ProjectFileException.class,
                () -> journal.record(projectFile, "p", tooMuch));

        assertTrue(refused.getMessage().contains("cannot be saved: the project holds 500,001 values in fields this"
                + " version of Sectorscope does not know"), refused.getMessage());
        assertArrayEquals(lastGood, Files.readAllBytes(copy), "the last recovery copy is kept");
        assertEquals(TestProjects.small(), ProjectReader.read(copy));
    }

    @Test
    void aProjectWithinEveryLimitSavesAsBefore() throws Exception {
        Path file = dir.resolve("ok.sectorscope.json");
        Project justUnder = withUnknown(TestProjects.small(), 499_999);
        ProjectStore.save(justUnder, file);
        assertEquals(justUnder, ProjectReader.read(file));
        assertFalse(Files.exists(AtomicFileWriter.backupOf(file)));
    }

    /** {@code project} with an unknown top-level field holding a list: {@code count} + 1 values in all. */
    static Project withUnknown(Project project, int count) {
        List<Object> zeros = Collections.nCopies(count, 0);
        return new Project(project.info(), project.framework(), project.sources(), project.sectors(),
                project.criteria(), project.options(), Extras.of(Map.of("fromANewerVersion", zeros)));
    }
}
