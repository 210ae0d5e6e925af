package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.export.PngDensity;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** Issue 16, point 3 on the command line: {@code export --size PRESET|WxH [--dpi N]}. */
class ExportSizeOptionTest {
    @TempDir
    Path dir;
    private Path project;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void saveAProject() throws Exception {
        project = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), project);
    }

    private int export(Path target, String... more) {
        out.reset();
        err.reset();
        List<String> args = new ArrayList<>(List.of("export", project.toString(), "--format", "png", "--out",
                target.toString()));
        args.addAll(List.of(more));
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String error() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"slide-16x9,150,1920x1080,5906", "slide-4x3,150,1440x1080,5906", "a4-portrait,300,2480x3508,11811",
            "A4-Landscape,300,3508x2480,11811", "letter-portrait,150,1275x1650,5906",
            "letter-landscape,300,3300x2550,11811", "a4-portrait,72,595x842,2835"})
    void aNamedSizeWritesItsPixelsAndRecordsTheDpi(String size, int dpi, String pixels, int ppm) throws Exception {
        Path png = dir.resolve(size + "-" + dpi + ".png");
        assertEquals(Cli.OK, export(png, "--size", size, "--dpi", String.valueOf(dpi)), error());
        assertTrue(said().endsWith("(png, " + pixels + ")\n"), said());
        assertEquals(OptionalInt.of(ppm), PngDensity.read(Files.readAllBytes(png)));
    }

    @Test
    void aCustomSizeIsUnitsTimesTheScaleAndTheDpiDefaultsTo150() throws Exception {
        Path png = dir.resolve("custom.png");
        assertEquals(Cli.OK, export(png, "--size", "1600x900", "--scale", "2"), error());
        assertTrue(said().endsWith("(png, 3200x1800)\n"), said());
        assertEquals(OptionalInt.of(5906), PngDensity.read(Files.readAllBytes(png)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a5-portrait", "1920", "1920x", "399x800", "800x8001", "-1x800", "custom"})
    void anUnknownOrOutOfRangeSizeIsAUsageError(String size) {
        Path png = dir.resolve("x.png");
        assertEquals(Cli.USAGE, export(png, "--size", size));
        assertTrue(error().startsWith("error: "), error());
        assertTrue(error().contains("--size " + size + ": each side must be 400 to 8000")
                || error().contains("unknown --size '" + size + "'; use slide-16x9, slide-4x3, a4-portrait"), error());
        assertFalse(Files.exists(png));
    }

    @ParameterizedTest
    @ValueSource(strings = {"71", "601", "0", "300.5", "abc", "99999"})
    void aDpiOutside72To600IsAUsageErrorSayingTheBounds(String dpi) {
        Path png = dir.resolve("x.png");
        assertEquals(Cli.USAGE, export(png, "--size", "a4-portrait", "--dpi", dpi));
        assertEquals("error: --dpi must be a whole number from 72 to 600, found '" + dpi + "'\n", error());
        assertFalse(Files.exists(png));
    }

    @Test
    void theBoundsThemselvesAreAccepted() throws Exception {
        assertEquals(Cli.OK, export(dir.resolve("72.png"), "--size", "letter-landscape", "--dpi", "72"), error());
        assertTrue(said().endsWith("(png, 792x612)\n"), said());
        assertEquals(Cli.OK, export(dir.resolve("600.png"), "--size", "a4-landscape", "--dpi", "600"), error());
        assertTrue(said().endsWith("(png, 7016x4961)\n"), said());
    }

    @Test
    void aScaleCannotGoWithANamedSize() {
        Path png = dir.resolve("x.png");
        assertEquals(Cli.USAGE, export(png, "--size", "slide-16x9", "--scale", "2"));
        assertTrue(error().startsWith("error: --scale cannot go with --size slide-16x9"), error());
        assertFalse(Files.exists(png));
    }

    @Test
    void anEmptyValueNamesTheWordsToUse() {
        assertEquals(Cli.USAGE, export(dir.resolve("x.png"), "--size="));
        assertTrue(error().startsWith("error: --size needs a value; use slide-16x9"), error());
        assertEquals(Cli.USAGE, export(dir.resolve("x.png"), "--dpi="));
        assertTrue(error().startsWith("error: --dpi needs a value (72 to 600)"), error());
    }
}
