package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.TestProjects;

class RoundTripTest {
    static final Path SAMPLE = Path.of("sample-data", "china-uneven-high-tech-drive.sectorscope.json");

    @Test
    void sampleFileIsInCanonicalForm() throws Exception {
        // The sample is part of the repository: its absence is a failure, never a skip.
        assertTrue(Files.isRegularFile(SAMPLE), "the sample project " + SAMPLE + " is missing");
        byte[] bytes = Files.readAllBytes(SAMPLE);
        Project p = ProjectReader.parse(bytes, SAMPLE.toString());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), ProjectWriter.toText(p),
                "loading and saving the sample must not change a byte");
        assertArrayEquals(bytes, ProjectWriter.toBytes(p));
    }

    @Test
    void smallProjectRoundTrips() throws Exception {
        Project p = TestProjects.small();
        byte[] bytes = ProjectWriter.toBytes(p);
        Project back = ProjectReader.parse(bytes, "small");
        assertEquals(p, back);
        assertArrayEquals(bytes, ProjectWriter.toBytes(back));
    }

    @Test
    void fiftyRandomProjectsRoundTrip() throws Exception {
        for (long seed = 1; seed <= 50; seed++) {
            Project p = TestProjects.random(seed, (int) (seed % 11));
            byte[] bytes = ProjectWriter.toBytes(p);
            Project back = ProjectReader.parse(bytes, "seed-" + seed);
            assertEquals(p, back, "seed " + seed);
            assertArrayEquals(bytes, ProjectWriter.toBytes(back), "seed " + seed + ": second write differs");
        }
    }

    /** Positions are held rounded to 4 decimals (see Position); the rounded value round-trips exactly. */
    @ParameterizedTest
    @CsvSource({"0.1, 0.1", "-0.0, 0.0", "1e-7, 0.0", "-1e-7, -0.0001", "-1, -1", "1, 1",
        "0.30000000000000004, 0.3", "4.9E-324, 0.0", "0.123456789012345678, 0.1235", "0.5599999999999999, 0.56"})
    void positionsAreRoundedAndRoundTripExactly(double v, double rounded) throws Exception {
        Project p = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withPosition(new Position(v, -v)));
        Position back = ProjectReader.parse(ProjectWriter.toBytes(p), "pos").sector(TestProjects.SOLAR)
                .orElseThrow().position();
        assertEquals(Double.doubleToRawLongBits(rounded), Double.doubleToRawLongBits(back.x()));
        assertEquals(Double.doubleToRawLongBits(Position.round(-v)), Double.doubleToRawLongBits(back.y()));
        assertEquals(p.sector(TestProjects.SOLAR).orElseThrow().position(), back);
    }

    @Test
    void savingTwiceGivesIdenticalBytes(@TempDir Path dir) throws Exception {
        Project p = TestProjects.random(7, 9);
        Path file = dir.resolve("p" + ProjectFormat.FILE_SUFFIX);
        ProjectStore.save(p, file);
        byte[] first = Files.readAllBytes(file);
        ProjectStore.save(ProjectStore.load(file), file);
        byte[] second = Files.readAllBytes(file);
        assertArrayEquals(first, second);
        assertArrayEquals(first, ProjectWriter.toBytes(p));
        assertEquals(p, ProjectStore.load(file));
    }

    @Test
    void emptyRequiredStringsSurviveASave() throws Exception {
        Project p = TestProjects.small();
        Project emptyTitle = p.withInfo(new ProjectInfo(p.info().id(), "", null, null, null, Extras.NONE));
        assertEquals(emptyTitle, ProjectReader.parse(ProjectWriter.toBytes(emptyTitle), "t"));
        Project emptyName = p.withSector(TestProjects.SOLAR, s -> s.withName(""));
        assertEquals(emptyName, ProjectReader.parse(ProjectWriter.toBytes(emptyName), "n"));
    }

    @Test
    void utf8ByteOrderMarkIsTolerated() throws Exception {
        byte[] canonical = ProjectWriter.toBytes(TestProjects.small());
        byte[] withBom = new byte[canonical.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(canonical, 0, withBom, 3, canonical.length);
        assertEquals(TestProjects.small(), ProjectReader.parse(withBom, "bom"));
    }
}
