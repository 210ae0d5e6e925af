package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sectorscope.export.PngProjectChunk;
import org.sectorscope.model.Project;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.FileOps;
import org.sectorscope.store.ProjectStore;

/** {@code sectorscope export FILE ...}, run in-process (and once in a headless child JVM) on a copy of the sample. */
class ExportCommandTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private Path sample;
    private Project sampleProject;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @BeforeEach
    void copySample() throws Exception {
        sampleProject = ProjectStore.loadSample();
        sample = dir.resolve("sample.sectorscope.json");
        ProjectStore.save(sampleProject, sample);
    }

    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        return cli.run(args);
    }

    /** {@code export FILE --format F --out PATH} followed by {@code more}. */
    private int export(Path file, String format, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("export", file.toString(), "--format", format, "--out",
                out.toString()));
        args.addAll(Arrays.asList(more));
        return run(args.toArray(String[]::new));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertClean(String text) {
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains("at org."), text);
        assertFalse(text.contains("\tat "), text);
    }

    /** Success: exit 0, the one "exported" line, nothing on stderr. */
    private void assertExported(int status, Path out, String what) {
        assertEquals("", err());
        assertEquals(Cli.OK, status, err());
        assertEquals("exported " + sample + " -> " + out + " (" + what + ")\n", out());
        assertClean(out());
    }

    /** Failure: the exit status, exactly one stderr line, nothing on stdout, no stack trace. */
    private void assertError(int expectedStatus, int status, String line) {
        assertEquals(List.of(line), err().lines().toList());
        assertEquals(expectedStatus, status, err());
        assertEquals("", out());
        assertClean(err());
    }

    private static byte[] head(Path file, int n) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return Arrays.copyOf(all, Math.min(n, all.length));
    }

    /** Only the files the test made, and no hidden temp files left beside them. */
    private List<String> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void pngAtScale2Is2400x1600AndCarriesTheProject() throws Exception {
        Path out = dir.resolve("figure.png");
        assertExported(export(sample, "png", out, "--scale", "2"), out, "png, 2400x1600");
        assertArrayEquals(PNG_MAGIC, head(out, 8));
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(2400, image.getWidth());
        assertEquals(1600, image.getHeight());
        assertEquals(sampleProject, PngProjectChunk.read(out).orElseThrow());
        assertEquals(List.of("figure.png", "sample.sectorscope.json"), filesInDir());
    }

    @Test
    void pngDefaultsTo1200x800AndReportsTheSize() throws Exception {
        Path out = dir.resolve("figure.png");
        assertExported(export(sample, "PNG", out), out, "png, 1200x800");
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void svgIsASvgDocument() throws Exception {
        Path out = dir.resolve("figure.svg");
        assertExported(export(sample, "svg", out), out, "svg, 1200x800");
        String svg = Files.readString(out);
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        assertTrue(svg.contains("viewBox='0.0 0.0 1200.0 800.0'"), svg.substring(0, Math.min(400, svg.length())));
    }

    @Test
    void pdfIsAPdfOnTheChosenPage() throws Exception {
        Path fit = dir.resolve("fit.pdf");
        assertExported(export(sample, "pdf", fit), fit, "pdf, page the size of the figure");
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), head(fit, 4));
        Path a4 = dir.resolve("a4.pdf");
        assertExported(export(sample, "pdf", a4, "--page", "a4"), a4, "pdf, A4 landscape");
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), head(a4, 4));
        Path letter = dir.resolve("letter.pdf");
        assertExported(export(sample, "pdf", letter, "--page=letter"), letter, "pdf, Letter landscape");
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), head(letter, 4));
    }

    @Test
    void pptxIsAZipWithOneSlide() throws Exception {
        Path out = dir.resolve("figure.pptx");
        assertExported(export(sample, "pptx", out), out, "pptx, one 16:9 slide of editable shapes");
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, head(out, 4));
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertNotNull(zip.getEntry("ppt/slides/slide1.xml"));
            assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("ppt/media/")), "no picture");
        }
        Path picture = dir.resolve("picture.pptx");
        assertExported(export(sample, "pptx-picture", picture, "--size", "slide-4x3"), picture,
                "pptx, one 4:3 slide, the figure as a picture");
        try (ZipFile zip = new ZipFile(picture.toFile())) {
            assertTrue(zip.stream().anyMatch(e -> e.getName().startsWith("ppt/media/")), "one picture");
        }
    }

    @Test
    void optionsViewIsTheOptionsTable() throws Exception {
        Path canvas = dir.resolve("canvas.png");
        assertExported(export(sample, "png", canvas), canvas, "png, 1200x800");
        Path options = dir.resolve("options.png");
        int status = export(sample, "png", options, "--view", "options");
        BufferedImage image = ImageIO.read(options.toFile());
        assertExported(status, options, "png, " + image.getWidth() + "x" + image.getHeight());
        assertTrue(image.getWidth() >= 1200, "the table is at least as wide as the request: " + image.getWidth());
        assertFalse(Arrays.equals(Files.readAllBytes(canvas), Files.readAllBytes(options)));
    }

    @Test
    void transparentBackgroundLeavesTheCornerClear() throws Exception {
        Path out = dir.resolve("clear.png");
        assertExported(export(sample, "png", out, "--background", "transparent"), out, "png, 1200x800");
        assertEquals(0, ImageIO.read(out.toFile()).getRGB(0, 0) >>> 24, "alpha of the top-left pixel");
        Path white = dir.resolve("white.png");
        assertExported(export(sample, "png", white, "--background", "white"), white, "png, 1200x800");
        assertEquals(0xFFFFFFFF, ImageIO.read(white.toFile()).getRGB(0, 0));
    }

    @Test
    void anExistingFileIsNeverReplacedWithoutForce() throws Exception {
        Path out = dir.resolve("keep.png");
        byte[] original = "not an image, but mine".getBytes(StandardCharsets.UTF_8);
        Files.write(out, original);
        FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out, modified);
        assertError(Cli.INVALID, export(sample, "png", out), "error: " + out + " exists; use --force to replace it");
        assertArrayEquals(original, Files.readAllBytes(out));
        assertEquals(modified, Files.getLastModifiedTime(out));
        assertEquals(List.of("keep.png", "sample.sectorscope.json"), filesInDir());
    }

    @Test
    void anExistingLinkIsNotFollowedWithoutForce() throws Exception {
        Path target = dir.resolve("real.png");
        byte[] original = {1, 2, 3};
        Files.write(target, original);
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), target);
        assertError(Cli.INVALID, export(sample, "png", link), "error: " + link + " exists; use --force to replace it");
        assertArrayEquals(original, Files.readAllBytes(target));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.png"), dir.resolve("nowhere.png"));
        assertError(Cli.INVALID, export(sample, "png", dangling),
                "error: " + dangling + " exists; use --force to replace it");
        assertFalse(Files.exists(dir.resolve("nowhere.png")));
    }

    @Test
    void aLongFileNameWorksWithoutForce() throws Exception {
        Path out = dir.resolve("f".repeat(200) + ".png");
        assertExported(export(sample, "png", out), out, "png, 1200x800");
        assertArrayEquals(PNG_MAGIC, head(out, 8));
        assertEquals(List.of(out.getFileName().toString(), "sample.sectorscope.json"), filesInDir());
    }

    @Test
    void forceReplacesAnExistingFile() throws Exception {
        Path out = dir.resolve("old.png");
        Files.write(out, new byte[] {1, 2, 3});
        assertExported(export(sample, "png", out, "--force"), out, "png, 1200x800");
        assertArrayEquals(PNG_MAGIC, head(out, 8));
        assertEquals(1200, ImageIO.read(out.toFile()).getWidth());
        assertEquals(List.of("old.png", "old.png.bak", "sample.sectorscope.json"), filesInDir());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("old.png.bak")), "kept, as a save keeps");
    }

    @Test
    void forceNeverWritesOverTheProjectItself() throws Exception {
        byte[] before = Files.readAllBytes(sample);
        assertError(Cli.INVALID, export(sample, "svg", sample, "--force"),
                "error: " + sample + " is the project file itself; choose another --out");
        assertArrayEquals(before, Files.readAllBytes(sample));
    }

    @Test
    void aMissingProjectFile() {
        Path missing = dir.resolve("missing.sectorscope.json");
        Path out = dir.resolve("figure.png");
        assertError(Cli.INVALID, export(missing, "png", out), "error: " + missing + ": no such file");
        assertFalse(Files.exists(out));
    }

    @Test
    void aBrokenProjectFile() throws Exception {
        Path broken = dir.resolve("broken.sectorscope.json");
        String text = Files.readString(sample);
        Files.writeString(broken, text.substring(0, text.length() / 2));
        Path out = dir.resolve("figure.png");
        int status = export(broken, "png", out);
        assertEquals(1, err().lines().count(), err());
        String line = err().lines().findFirst().orElseThrow();
        assertTrue(line.startsWith("error: " + broken + ": the file ends too early (truncated?)"), line);
        assertTrue(line.matches(".* \\(line \\d+, column \\d+\\)"), line);
        assertError(Cli.INVALID, status, line);
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderOrAnEmptyFileIsNotAProject() throws Exception {
        Path out = dir.resolve("figure.png");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertError(Cli.INVALID, export(folder, "png", out), "error: " + folder + ": is a folder, not a project file");
        Path empty = Files.createFile(dir.resolve("empty.sectorscope.json"));
        assertError(Cli.INVALID, export(empty, "png", out), "error: " + empty + ": the file is empty");
        assertFalse(Files.exists(out));
    }

    static Stream<Arguments> usageErrors() {
        String f = "p.sectorscope.json";
        return Stream.of(
                Arguments.of(List.of(f, "--format", "gif", "--out", "x.gif"),
                        "error: unknown format 'gif'; use png, svg, pdf, pptx, pptx-picture, xlsx, md, mermaid, csv or deck"),
                Arguments.of(List.of(f, "--out", "x.png"), "error: export needs --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck"),
                Arguments.of(List.of(f, "--format", "png", "--scale", "5", "--out", "x.png"),
                        "error: --scale must be a whole number from 1 to 4, found '5'"),
                Arguments.of(List.of(f, "--format", "png", "--scale", "0", "--out", "x.png"),
                        "error: --scale must be a whole number from 1 to 4, found '0'"),
                Arguments.of(List.of(f, "--format", "png", "--scale", "1.5", "--out", "x.png"),
                        "error: --scale must be a whole number from 1 to 4, found '1.5'"),
                Arguments.of(List.of(f, "--format", "png", "--scale", "two", "--out", "x.png"),
                        "error: --scale must be a whole number from 1 to 4, found 'two'"),
                Arguments.of(List.of(f, "--format", "png", "--scale=-1", "--out", "x.png"),
                        "error: --scale must be a whole number from 1 to 4, found '-1'"),
                Arguments.of(List.of(f, "--format", "png", "--view", "compare", "--out", "x.png"),
                        "error: unknown view 'compare'; use canvas or options"),
                Arguments.of(List.of(f, "--format", "png"), "error: export needs --out PATH, the file to write"),
                Arguments.of(List.of(f, "--format", "png", "--out"), "error: --out needs a value (the file to write)"),
                Arguments.of(List.of(f, "--format", "png", "--out="),
                        "error: --out needs a value (the file to write)"),
                Arguments.of(List.of(f, "--format", "png", "--background", "black", "--out", "x.png"),
                        "error: unknown background 'black'; use white or transparent"),
                Arguments.of(List.of(f, "--format", "pdf", "--page", "legal", "--out", "x.pdf"),
                        "error: unknown page 'legal'; use fit, letter or a4"),
                Arguments.of(List.of(f, "--format", "png", "--table", "evidence", "--out", "x.png"),
                        "error: --table goes with --format csv, not png"),
                Arguments.of(List.of(f, "--format", "mermaid", "--table", "options", "--out", "x.mmd"),
                        "error: --table goes with --format csv, not mermaid"),
                Arguments.of(List.of(f, "--format", "csv", "--table", "sectors", "--out", "x.csv"),
                        "error: unknown table 'sectors'; use options or evidence"),
                Arguments.of(List.of(f, "--format", "csv", "--out", "x.csv", "--table"),
                        "error: --table needs a value (options or evidence)"),
                Arguments.of(List.of(f, "--format", "png", "--format", "svg", "--out", "x.png"),
                        "error: --format is given twice"),
                Arguments.of(List.of(f, "--format", "png", "--out", "x.png", "--quality", "90"),
                        "error: unknown export option '--quality'; run 'sectorscope --help' for the options"),
                Arguments.of(List.of(f, "--format", "png", "--out", "x.png", "--force=yes"),
                        "error: --force takes no value"),
                Arguments.of(List.of("--format", "png", "--out", "x.png"),
                        "error: export needs a project FILE: sectorscope export FILE --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck"
                                + " --out PATH"),
                Arguments.of(List.of(), "error: export needs a project FILE: sectorscope export FILE --format"
                        + " png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck --out PATH"),
                Arguments.of(List.of(f, "other.json", "--format", "png", "--out", "x.png"),
                        "error: export takes one project FILE, found 2: 'p.sectorscope.json', 'other.json'"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorsAreOneLineAndExit2(List<String> args, String line) throws Exception {
        List<String> all = new ArrayList<>(List.of("export"));
        // The project named exists, so only the arguments are wrong.
        all.addAll(args.stream().map(a -> a.equals("p.sectorscope.json") ? sample.toString() : a)
                .map(a -> a.startsWith("x.") ? dir.resolve(a).toString() : a).toList());
        assertError(Cli.USAGE, run(all.toArray(String[]::new)), line.replace("'p.sectorscope.json'", "'" + sample + "'"));
        assertEquals(List.of("sample.sectorscope.json"), filesInDir(), "nothing written");
    }

    @Test
    void aMissingFolder() {
        Path out = dir.resolve("no-such-folder").resolve("figure.png");
        assertError(Cli.INVALID, export(sample, "png", out),
                "error: could not export to " + out + ": the folder " + out.getParent() + " does not exist");
        assertError(Cli.INVALID, export(sample, "png", out, "--force"),
                "error: could not export to " + out + ": the folder " + out.getParent() + " does not exist");
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void aFolderInTheWay() throws Exception {
        Path out = Files.createDirectory(dir.resolve("figure.png"));
        assertError(Cli.INVALID, export(sample, "png", out), "error: could not export to " + out + ": a folder has that name");
        assertError(Cli.INVALID, export(sample, "png", out, "--force"),
                "error: could not export to " + out + ": a folder has that name");
        assertTrue(Files.isDirectory(out));
    }

    @Test
    void aFolderWithoutWritePermission() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path out = locked.resolve("figure.png");
        // What a folder without write permission does to the first step; injected, since root may write anyway.
        FileOps readOnlyFolder = new FileOps() {
            @Override
            public Path createTemp(Path target, Path like) throws IOException {
                throw new AccessDeniedException(target.toString());
            }
        };
        outBytes.reset();
        errBytes.reset();
        int status = new ExportCommand(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), new AtomicFileWriter(readOnlyFolder))
                .run(List.of(sample.toString(), "--format", "png", "--out", out.toString()));
        assertError(Cli.INVALID, status,
                "error: could not export to " + out + ": the folder " + locked + " is not writable (permission denied)");
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(locked)) {
            assertEquals(List.of(), left.toList(), "nothing written into the folder");
        }
    }

    @Test
    void anInvalidPath() {
        assertError(Cli.INVALID, run("export", sample.toString(), "--format", "png", "--out", "bad\u0000name.png"),
                "error: bad\\u0000name.png: not a valid path (Nul character not allowed)"); // the NUL shown escaped
    }

    @Test
    void theCommandLineHandlesExport() {
        assertTrue(Cli.handles(new String[] {"export", "a.sectorscope.json", "--format", "png", "--out", "a.png"}));
        assertTrue(Cli.handles(new String[] {"export"}));
    }

    /**
     * The real entry point in a JVM of its own, headless and with no display in its environment: the
     * export works, and no JavaFX class is ever loaded.
     */
    @Test
    void exportsInAHeadlessChildJvmWithoutDisplayOrJavaFx() throws Exception {
        Path out = dir.resolve("child.png");
        Path classLog = dir.resolve("classes.log");
        Path stdout = dir.resolve("child.out");
        Path stderr = dir.resolve("child.err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=true",
                "-Dsectorscope.home=" + dir.resolve("home"),
                "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"),
                "org.sectorscope.Launcher", "export", sample.toString(), "--format", "png", "--scale", "2",
                "--out", out.toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(stdout.toFile());
        pb.redirectError(stderr.toFile());
        Process child = pb.start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 120 s");
        }
        String err = Files.readString(stderr);
        assertEquals(0, child.exitValue(), err);
        assertEquals("", err);
        assertEquals("exported " + sample + " -> " + out + " (png, 2400x1600)\n", Files.readString(stdout));
        assertArrayEquals(PNG_MAGIC, head(out, 8));
        assertEquals(2400, ImageIO.read(out.toFile()).getWidth());
        List<String> loaded = Files.readAllLines(classLog);
        assertTrue(loaded.stream().anyMatch(l -> l.contains("org.sectorscope.export.PngExporter")), "log has the export");
        List<String> fx = loaded.stream().filter(l -> l.contains(" javafx.") || l.contains("com.sun.javafx")
                || l.contains("com.sun.glass") || l.contains("com.sun.prism")).toList();
        assertEquals(List.of(), fx, "JavaFX classes loaded by the command line");
    }
}
