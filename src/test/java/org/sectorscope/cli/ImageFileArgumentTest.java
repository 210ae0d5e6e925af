package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ProjectImages;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** Wherever a command takes a project FILE, a PNG, SVG, PPTX or XLSX that Sectorscope exported is read as its project. */
class ImageFileArgumentTest {
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

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** The project file, and the figure the export command makes of it in {@code format}. */
    private Path exported(Path project, String format) {
        Path figure = dir.resolve("figure-" + format + "." + (format.startsWith("pptx") ? "pptx" : format));
        assertEquals(Cli.OK, run("export", project.toString(), "--format", format, "--out", figure.toString()), err());
        return figure;
    }

    @Test
    void everyCommandThatReadsAFileReadsAnExportedPngSvgPptxOrXlsxAsTheProject() throws Exception {
        Project p = TestProjects.small();
        Path json = dir.resolve("small.sectorscope.json");
        ProjectStore.save(p, json);
        run("list", json.toString());
        String list = out();
        run("sectors", json.toString());
        String sectors = out();
        for (String format : new String[] {"png", "svg", "pptx", "pptx-picture", "xlsx"}) {
            Path figure = exported(json, format);
            assertEquals(p, ProjectImages.load(figure));
            assertEquals(Cli.OK, run("validate", figure.toString()), err());
            assertEquals("OK " + figure + ": 4 sectors, 5 evidence items, 2 policy options\n", out());
            assertEquals(Cli.OK, run("list", figure.toString()), err());
            assertEquals(list, out());
            assertEquals(Cli.OK, run("sectors", figure.toString()), err());
            assertEquals(sectors, out());
            assertEquals(Cli.OK, run("diff", json.toString(), figure.toString()), out() + err());
            Path again = dir.resolve("again-from-" + format + ".md");
            assertEquals(Cli.OK, run("export", figure.toString(), "--format", "md", "--out", again.toString()), err());
            Path direct = dir.resolve("direct-" + format + ".md");
            run("export", json.toString(), "--format", "md", "--out", direct.toString());
            assertEquals(Files.readString(direct), Files.readString(again), "the same project, the same memo");
        }
    }

    @Test
    void anImageWithoutAProjectIsAnErrorNamingTheFile() throws Exception {
        Project p = TestProjects.small();
        Path json = dir.resolve("small.sectorscope.json");
        ProjectStore.save(p, json);
        Path bare = dir.resolve("bare.svg");
        assertEquals(Cli.OK, run("export", json.toString(), "--format", "svg", "--embed", "figure-only", "--out",
                bare.toString()), err());
        assertEquals(Cli.INVALID, run("validate", bare.toString()));
        assertTrue(err().startsWith("error: " + bare + ": this file holds no Sectorscope project"), err());
        Files.writeString(dir.resolve("dtd.svg"), "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg/>");
        assertEquals(Cli.INVALID, run("list", dir.resolve("dtd.svg").toString()));
        assertTrue(err().contains("dtd.svg: has a DTD or entity declaration"), err());
    }
}
