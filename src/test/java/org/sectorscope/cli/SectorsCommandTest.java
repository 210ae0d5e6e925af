package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Driver;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** {@code sectorscope sectors FILE}: a header and one row per sector, every row one line. */
class SectorsCommandTest {
    private static final Path SAMPLE = Path.of("sample-data", "china-uneven-high-tech-drive.sectorscope.json");
    private static final String HEADER = "id\tname\tdriver\tx\ty\tquadrant\tevidence";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        return new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8)).run(args);
    }

    private List<String> outLines() {
        return List.of(outBytes.toString(StandardCharsets.UTF_8).split("\n", -1));
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** TestProjects.small() with one sector changed, saved. */
    private Path saveWith(String id, UnaryOperator<Sector> change) throws Exception {
        Project p = TestProjects.small().withSector(id, change);
        Path file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(p, file);
        return file;
    }

    /** Like {@link #saveWith}, with a project driver named {@code driverName} that the changed sector gets. */
    private Path saveWithDriver(String id, String driverName, UnaryOperator<Sector> change) throws Exception {
        Project small = TestProjects.small();
        List<Driver> drivers = new ArrayList<>(small.drivers());
        drivers.add(new Driver("driver-hostile", driverName, MarkerShape.DIAMOND, "#333333"));
        Project p = small.withDrivers(drivers).withSector(id, s -> change.apply(s).withDriver("driver-hostile"));
        Path file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(p, file);
        return file;
    }

    @Test
    void theSampleIsAHeaderAnd14Rows() {
        assertTrue(Files.isRegularFile(SAMPLE), "the sample project " + SAMPLE + " is missing");
        assertEquals(Cli.OK, run("sectors", SAMPLE.toString()));
        assertEquals("", err());
        List<String> lines = outLines();
        assertEquals(16, lines.size(), "header, 14 rows and the end of the last line: " + lines);
        assertEquals("", lines.get(15));
        assertEquals(HEADER, lines.get(0));
        for (String row : lines.subList(1, 15)) {
            assertEquals(7, row.split("\t", -1).length, row);
        }
        // field by field, from the sample's JSON: {"x": -0.6, "y": -0.5}, 7 evidence items
        assertEquals(List.of("electric-vehicles", "Electric vehicles (new-energy vehicles)", "State-led", "-0.6",
                "-0.5", "B", "7"), List.of(lines.get(2).split("\t", -1)));
        // on the horizontal line (y = 0): both quadrants it touches
        assertEquals(List.of("artificial-intelligence", "Artificial intelligence", "Mixed", "0.35", "0", "C/D",
                "7"), List.of(lines.get(6).split("\t", -1)));
    }

    @Test
    void aSectorNotPlacedHasNoCoordinatesAndADash() throws Exception {
        Path file = saveWith(TestProjects.AIRCRAFT, s -> s.withPosition(null));
        assertEquals(Cli.OK, run("sectors", file.toString()));
        assertEquals(TestProjects.AIRCRAFT + "\tCommercial aircraft\tState-led\t\t\t-\t0", outLines().get(4));
    }

    @Test
    void coordinatesHaveAtMostFourDecimalsAndNoMinusZero() {
        assertEquals("0.1235", SectorsCommand.coordinate(0.123456));
        assertEquals("-0.1235", SectorsCommand.coordinate(-0.123456));
        assertEquals("0.35", SectorsCommand.coordinate(0.35));
        assertEquals("1", SectorsCommand.coordinate(1.0));
        assertEquals("-1", SectorsCommand.coordinate(-1.0));
        assertEquals("0", SectorsCommand.coordinate(0.0));
        assertEquals("0", SectorsCommand.coordinate(-0.0));
        assertEquals("0", SectorsCommand.coordinate(-0.00001));
        assertEquals("0.0001", SectorsCommand.coordinate(0.00005));
    }

    @Test
    void aHostileNameStaysInItsField() throws Exception {
        String name = "=HYPERLINK(\"x\"),a\tb\nc\\d";
        Path file = saveWithDriver(TestProjects.SOLAR, "-driver\r", s -> new Sector(s.id(), name, s.driver(),
                s.summary(), new Position(-0.5, 0.25), s.placement(), s.evidence(), s.extras()));
        assertEquals(Cli.OK, run("sectors", file.toString()));
        List<String> lines = outLines();
        assertEquals(6, lines.size(), lines.toString());
        assertEquals(List.of(TestProjects.SOLAR,
                "=HYPERLINK(\"x\"),a\\tb\\nc\\\\d", "-driver\\r", "-0.5", "0.25", "A", "2"),
                List.of(lines.get(1).split("\t", -1)));
    }

    @Test
    void anUnreadableFileIsOneErrorLine() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.sectorscope.json"), "{ not json");
        assertEquals(Cli.INVALID, run("sectors", broken.toString()));
        assertEquals(List.of(""), outLines());
        List<String> errLines = err().lines().toList();
        assertEquals(1, errLines.size(), err());
        assertTrue(errLines.get(0).startsWith("error: " + broken + ": "), err());

        Path missing = dir.resolve("missing.sectorscope.json");
        assertEquals(Cli.INVALID, run("sectors", missing.toString()));
        assertEquals(List.of("error: " + missing + ": no such file"), err().lines().toList());
    }

    @Test
    void itNeedsExactlyOneFile() {
        for (String[] args : List.of(new String[] {"sectors"}, new String[] {"sectors", "a.json", "b.json"})) {
            assertEquals(Cli.USAGE, run(args));
            assertEquals(List.of("error: sectors needs exactly one FILE", UsageErrors.RUN_HELP),
                    err().lines().toList());
            assertEquals(List.of(""), outLines());
        }
    }

    @Test
    void helpDescribesTheColumns() {
        for (List<String> args : List.of(List.of("sectors", "--help"), List.of("sectors", "-h"),
                List.of("help", "sectors"))) {
            assertEquals(Cli.OK, run(args.toArray(String[]::new)), args + ": " + err());
            assertEquals("", err());
            String help = outBytes.toString(StandardCharsets.UTF_8);
            assertTrue(help.startsWith("Usage: sectorscope sectors FILE [--csv]\n"), help);
            assertTrue(help.contains("--csv"), help);
            assertTrue(help.contains("-h, --help"), help);
            assertTrue(help.contains("\\t, \\n, \\\\."), help);
        }
        assertEquals(Cli.OK, run("--help"));
        assertTrue(outBytes.toString(StandardCharsets.UTF_8).contains("sectorscope sectors FILE"));
    }

    @Test
    void csvIsAByteOrderMarkAHeaderAndOneCrlfRowPerSector() {
        assertEquals(Cli.OK, run("sectors", SAMPLE.toString(), "--csv"));
        assertEquals("", err());
        String csv = outBytes.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFid,name,driver,x,y,quadrant,evidence\r\n"), csv);
        assertTrue(csv.endsWith("\r\n"), "every row ends in CRLF");
        assertEquals(15, csv.split("\r\n").length, "header and 14 sectors");
        assertEquals(0, csv.replace("\r\n", "").indexOf('\n') + 1, "no bare line feed");
        assertTrue(csv.contains("\r\nelectric-vehicles,Electric vehicles (new-energy vehicles),State-led,-0.6,-0.5,B,7\r\n"),
                "a negative coordinate stays a bare number: " + csv);
        assertTrue(csv.contains(",0.35,0,C/D,"), "a sector on a line: " + csv);
    }

    @Test
    void csvGuardsAndQuotesAHostileNameAndLeavesANotPlacedSectorEmpty() throws Exception {
        String name = "=HYPERLINK(\"x\"),a\tb\nc";
        Path file = saveWithDriver(TestProjects.SOLAR, "-driver", s -> new Sector(s.id(), name, s.driver(),
                s.summary(), null, s.placement(), s.evidence(), s.extras()));
        assertEquals(Cli.OK, run("sectors", file.toString(), "--csv"));
        String csv = outBytes.toString(StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n" + TestProjects.SOLAR + ",\"'=HYPERLINK(\"\"x\"\"),a\tb\nc\",'-driver,,,,2\r\n"),
                "the formula and the leading minus are guarded, the name quoted, a sector not placed has empty cells: "
                        + csv);
    }
}
