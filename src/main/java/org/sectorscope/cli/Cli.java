package org.sectorscope.cli;

import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sectorscope.store.AppVersion;
import org.sectorscope.store.ProjectFileException;
import picocli.CommandLine;

/**
 * The command line: works with no display and never prints a stack trace. Parsing, dispatch and each
 * command's {@code --help} are picocli's ({@link SectorscopeCommand} and one class per subcommand); every
 * problem is one {@code error: ...} line in our words ({@link UsageErrors}), with exit status {@link #OK},
 * {@link #INVALID} (a file that cannot be read or written) or {@link #USAGE} (a mistake in the arguments).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    // Kept by hand rather than read from picocli, so a window launch never pays for building the commands;
    // CliDispatchTest checks it names every subcommand.
    static final Set<String> COMMANDS = Set.of("validate", "list", "sectors", "import-sectors", "diff", "merge", "text", "migrate", "export", "help", "--help", "-h", "--version", "-V");

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
                || (!looksLikeFile(first) && !new File(first).exists());
    }

    private static boolean looksLikeFile(String arg) {
        return arg.contains(".") || arg.contains("/") || arg.contains(File.separator);
    }

    /** Linux and BSD need an X11 or Wayland display for the window; say so rather than fail deep in JavaFX. */
    public static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
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
            return execute(commands(out, err), args, out, err);
        } catch (OutOfMemoryError e) {
            // What ran out is garbage by now; one line says so, where the JVM would print a stack trace.
            err.println("error: not enough memory to finish (Java may use at most "
                    + Runtime.getRuntime().maxMemory() / 1048576 + " MB; start it with more, e.g. java -Xmx4g -jar"
                    + " sectorscope.jar)");
            return INVALID;
        }
    }

    /** The root command with every subcommand, printing to {@code out} and {@code err}. */
    static CommandLine commands(PrintStream out, PrintStream err) {
        CommandLine root = new CommandLine(new SectorscopeCommand());
        SectorscopeCommand.useOverviewAsHelp(root); // before the subcommands: the section keys are passed down
        root.addSubcommand(new ValidateCommand(out, err));
        root.addSubcommand(new ListCommand(out, err));
        root.addSubcommand(new SectorsCommand(out, err));
        root.addSubcommand(new SectorImportCommand(out, err));
        root.addSubcommand(new DiffCommand(out, err));
        root.addSubcommand(new MergeCommand(out, err));
        root.addSubcommand(new TextCommand(out, err));
        root.addSubcommand(new MigrateCommand(out, err));
        root.addSubcommand(new ExportCommand(out, err));
        root.addSubcommand(new CommandLine.HelpCommand());
        return root;
    }

    /** Runs one command (and its subcommands) on {@code args} with the command line's rules; its exit status. */
    static int execute(Object command, List<String> args, PrintStream out, PrintStream err) {
        CommandLine commandLine = command instanceof CommandLine c ? c : new CommandLine(command);
        return execute(commandLine, args.toArray(String[]::new), out, err);
    }

    private static int execute(CommandLine commandLine, String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        commandLine.setOut(outWriter)
                .setErr(errWriter)
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                // "@name" is a file name like any other, never a file of arguments to read.
                .setExpandAtFiles(false)
                .setParameterExceptionHandler(new UsageErrors(err))
                .setExecutionExceptionHandler((e, where, parsed) -> {
                    error(err, "internal error: " + e);
                    return INVALID;
                });
        try {
            return commandLine.execute(args);
        } catch (RuntimeException e) {
            error(err, "internal error: " + e);
            return INVALID;
        } finally {
            outWriter.flush();
            errWriter.flush();
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

    public static String version() {
        return AppVersion.current();
    }
}
