package org.sectorscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sectorscope.logic.ProjectSummary;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;

/** The command line: works with no display and never prints a stack trace. */
public final class Cli {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    private static final Set<String> COMMANDS = Set.of("validate", "list", "migrate", "export", "help", "--help", "-h", "--version", "-V");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Whether the arguments ask for the command line rather than the window: a command, an option, or
     * a word that is neither a command nor anything like a file name (a mistyped command).
     */
    public static boolean handles(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return COMMANDS.contains(first) || first.startsWith("-") || (args.length > 1 && !looksLikeFile(first))
                || (!looksLikeFile(first) && !new java.io.File(first).exists());
    }

    private static boolean looksLikeFile(String arg) {
        return arg.contains(".") || arg.contains("/") || arg.contains(java.io.File.separator);
    }

    /** Linux and BSD need an X11 or Wayland display for the window; say so rather than fail deep in JavaFX. */
    public static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    /** Told when the window cannot open; exit status {@link #USAGE}. */
    public int noDisplay() {
        err.println("error: no display is available to open the window (DISPLAY is not set).");
        err.println("The command-line forms work without one; run 'sectorscope --help' to see them.");
        return USAGE;
    }

    public int run(String... args) {
        try {
            return dispatch(args);
        } catch (RuntimeException e) {
            error(err, "internal error: " + e);
            return INVALID;
        } catch (OutOfMemoryError e) {
            // What ran out is garbage by now; one line says so, where the JVM would print a stack trace.
            err.println("error: not enough memory to finish (Java may use at most "
                    + Runtime.getRuntime().maxMemory() / 1048576 + " MB; start it with more, e.g. java -Xmx4g -jar"
                    + " sectorscope.jar)");
            return INVALID;
        }
    }

    private int dispatch(String[] args) {
        if (args.length == 0) {
            return usage("no command given");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "help", "--help", "-h" -> {
                out.print(HELP);
                return OK;
            }
            case "--version", "-V" -> {
                out.println("Sectorscope " + version());
                return OK;
            }
            case "validate" -> {
                return rest.isEmpty() ? usage("validate needs at least one FILE") : validate(rest);
            }
            case "migrate" -> {
                return new MigrateCommand(out, err).run(rest);
            }
            case "export" -> {
                return new ExportCommand(out, err).run(rest);
            }
            case "list" -> {
                return rest.size() != 1 ? usage("list needs exactly one FILE") : list(rest.get(0));
            }
            default -> {
                return usage("unknown command or option '" + args[0] + "'");
            }
        }
    }

    private int validate(List<String> files) {
        int status = OK;
        for (String f : files) {
            try {
                Project p = ProjectStore.load(Path.of(f));
                out.println(TerminalText.oneLine("OK " + f + ": " + ProjectSummary.of(p)));
            } catch (ProjectFileException e) {
                error(err, withName(e, f));
                status = INVALID;
            } catch (java.nio.file.InvalidPathException e) {
                error(err, f + ": not a valid path (" + e.getReason() + ")");
                status = INVALID;
            }
        }
        return status;
    }

    private int list(String f) {
        try {
            Project p = ProjectStore.load(Path.of(f));
            for (Sector s : p.sectors()) {
                // "-": not placed yet; "A/B": on the line between A and B, as every pane names it
                String letter = s.isPlaced() ? PlotLocation.of(p.framework(), s.position()).letters() : "-";
                // A tab or newline in a name is escaped, so it can neither add a column nor forge a row.
                out.println(TerminalText.field(letter) + "\t" + TerminalText.field(s.name()) + "\t"
                        + s.evidence().size());
            }
            return OK;
        } catch (ProjectFileException e) {
            error(err, withName(e, f));
            return INVALID;
        } catch (java.nio.file.InvalidPathException e) {
            error(err, f + ": not a valid path (" + e.getReason() + ")");
            return INVALID;
        }
    }

    /** The message with the file named as the user typed it. */
    static String withName(ProjectFileException e, String typed) {
        String msg = e.getMessage();
        return msg.startsWith(e.file()) ? typed + msg.substring(e.file().length()) : msg;
    }

    /** Prints {@code error: MESSAGE} as one line, whatever names in it contain (see {@link TerminalText}). */
    static void error(PrintStream err, String message) {
        err.println("error: " + TerminalText.oneLine(message));
    }

    private int usage(String problem) {
        error(err, problem);
        err.println("Run 'sectorscope --help' for usage.");
        return USAGE;
    }

    public static String version() {
        try (InputStream in = Cli.class.getResourceAsStream("/org/sectorscope/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static final String HELP = """
            Usage:
              sectorscope [FILE]               open FILE (or the bundled sample) in the window
              sectorscope validate FILE...     check project files; exit 0 if all are valid, 1 if not
              sectorscope list FILE            print each sector: quadrant letter (A/B on a line), name, evidence count
                                               (tab-separated; a tab, newline or backslash in a name is written \t, \n, \\)
              sectorscope migrate FILE...      rewrite project files in the current format and canonical layout,
                                               keeping FILE.bak; a file open in Sectorscope is left alone;
                                               exit 0 if all succeeded, 1 if not
              sectorscope export FILE --format png|svg|pdf|pptx --out PATH [OPTION...]
                                               draw FILE as a figure, with no window or display; exit 0 if
                                               it was written, 1 if not, 2 for a mistake in the arguments
                  --view canvas|options        the quadrant canvas (default) or the ranked options table
                  --scale N                    pixels per unit, 1 to 4, for PNG and the PPTX picture
                                               (a canvas PNG is 1200x800 times N; default 1, PPTX 2)
                  --background white|transparent
                                               white (default) or nothing outside the figure's shapes
                  --page fit|letter|a4         PDF: a page the size of the figure (default), or Letter
                                               or A4 landscape with the figure fitted inside margins
                  --force                      replace PATH if it is an existing regular file (kept as
                                               PATH.bak); without it an existing PATH is never touched
                  --out -                      write the figure to standard output
                  --embed full|figure-only|no-notes|no-paths|no-notes,no-paths
                                               what a PNG carries so it reopens as a project: the whole
                                               project (default), nothing, or it without notes and/or
                                               local file paths; other formats carry no project
              sectorscope --help               show this help
              sectorscope --version            show the version

            The command-line forms need no display. Run them as: java -jar sectorscope.jar COMMAND ...
            """;
}
