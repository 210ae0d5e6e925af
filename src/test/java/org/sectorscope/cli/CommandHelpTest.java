package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command's {@code --help}, generated from its options, and what the parser must not do. */
class CommandHelpTest {
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

    @Test
    void exportHelpListsEveryOption() {
        for (List<String> args : List.of(List.of("export", "--help"), List.of("export", "-h"), List.of("help", "export"))) {
            assertEquals(Cli.OK, run(args.toArray(String[]::new)), args + ": " + err());
            assertEquals("", err(), args.toString());
            assertTrue(out().startsWith("Usage: sectorscope export FILE --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck --out PATH"
                    + " [OPTION...]\n"), out());
            for (String option : List.of("--format=png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck", "--out=PATH", "--view=canvas|options",
                    "--scale=N", "--background=white|transparent", "--page=fit|letter|a4", "--force",
                    "--embed=full|figure-only|no-notes|no-paths|no-notes,no-paths", "--moved-since=EDITION", "-h, --help")) {
                assertTrue(out().contains(option), option + " in\n" + out());
            }
        }
    }

    @Test
    void migrateHelpListsItsOptions() {
        assertEquals(Cli.OK, run("migrate", "--help"));
        assertEquals("", err());
        assertTrue(out().startsWith("Usage: sectorscope migrate FILE...\n"), out());
        assertTrue(out().contains("FILE.bak"), out());
        assertTrue(out().contains("-h, --help"), out());
    }

    @Test
    void validateAndListHaveTheirHelpToo() {
        assertEquals(Cli.OK, run("validate", "--help"));
        assertTrue(out().startsWith("Usage: sectorscope validate FILE...\n"), out());
        assertEquals(Cli.OK, run("list", "-h"));
        assertTrue(out().startsWith("Usage: sectorscope list FILE\n"), out());
        assertTrue(out().contains("\\t, \\n, \\\\."), "escapes shown as typed: " + out());
    }

    @Test
    void theOverviewShowsBackslashEscapesAsTyped() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("is written \\t, \\n, \\\\)"), out());
        assertTrue(out().contains("sectorscope COMMAND --help"), out());
    }

    @Test
    void anArgumentStartingWithAtIsAFileNameNotAFileOfArguments() throws Exception {
        Path arguments = Files.writeString(dir.resolve("args.txt"), "--version\n");
        assertEquals(Cli.INVALID, run("validate", "@" + arguments));
        assertEquals(List.of("error: @" + arguments + ": no such file"), err().lines().toList());
        assertEquals("", out());
    }

    @Test
    void anUnknownOptionOfAnotherCommandIsNamed() {
        assertEquals(Cli.USAGE, run("migrate", "--dry-run", "a.sectorscope.json"));
        assertEquals(List.of("error: unknown migrate option '--dry-run'; run 'sectorscope --help' for the options",
                UsageErrors.RUN_HELP), err().lines().toList());
    }
}
