package org.sectorscope.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectorscope.export.ExportException;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Exporter;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.model.Project;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectFileGuard;
import org.sectorscope.store.ProjectStore;

/**
 * {@code sectorscope export FILE --format png|svg|pdf|pptx --out PATH [options]}: draws a project file as a
 * figure with no window and no display (Java2D in headless mode; JavaFX is never loaded).
 *
 * <p>An existing PATH is never replaced without {@code --force}: the figure is exported to a hidden file
 * beside PATH and then linked into place with an operation that fails if PATH has appeared meanwhile.
 * {@code --force} replaces only a regular file, never a device or a named pipe. {@code --out -} writes
 * the figure to standard output (and nothing else there), never to a file named "-".
 * Every problem is one {@code error: ...} line on stderr, never a stack trace: exit status
 * {@link Cli#USAGE} for a mistake in the arguments, {@link Cli#INVALID} for a project that cannot be read
 * or a figure that cannot be written.
 */
public final class ExportCommand {
    /** {@code --out -}: standard output, as for most Unix tools. */
    static final String STANDARD_OUTPUT = "-";
    private static final List<String> VALUE_OPTIONS = List.of("--format", "--scale", "--view", "--out", "--background",
            "--page", "--embed");

    private final PrintStream out;
    private final PrintStream err;

    private final Exporter exporter;

    public ExportCommand(PrintStream out, PrintStream err) {
        this(out, err, AtomicFileWriter.standard());
    }

    /** Writes figures through {@code writer}; tests pass one whose file operations fail. */
    ExportCommand(PrintStream out, PrintStream err, AtomicFileWriter writer) {
        this.out = out;
        this.err = err;
        this.exporter = new Exporter(writer);
    }

    /** The arguments after {@code export}, checked; a usage problem is thrown as its one-line message. */
    record Arguments(String file, ExportRequest.Format format, Integer scale, ExportRequest.View view, String out,
                     ExportRequest.Background background, ExportRequest.Page page, boolean force,
                     ProjectEmbedding embed) {
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** Exports as the arguments ask; {@link Cli#OK}, {@link Cli#INVALID} or {@link Cli#USAGE}. */
    public int run(List<String> args) {
        Arguments a;
        try {
            a = parse(args);
        } catch (UsageException e) {
            Cli.error(err, e.getMessage());
            return Cli.USAGE;
        }
        try {
            return export(a);
        } catch (RuntimeException e) {
            Cli.error(err, a.file() + ": internal error: " + e);
            return Cli.INVALID;
        } catch (LinkageError e) {
            // A broken installation (a library missing from lib/): say so in one line, not a stack trace.
            Cli.error(err, "could not export to " + a.out() + ": a part of Sectorscope is missing from this"
                    + " installation (" + e.getMessage() + "); reinstall it");
            return Cli.INVALID;
        }
    }

    static Arguments parse(List<String> args) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        boolean force = false;
        List<String> files = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                files.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (name.equals("--force")) {
                if (eq > 0) {
                    throw new UsageException("--force takes no value");
                }
                force = true;
                continue;
            }
            if (!VALUE_OPTIONS.contains(name)) {
                throw new UsageException("unknown export option '" + name + "'; run 'sectorscope --help' for the options");
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a value" + hint(name));
            }
            if (value.isEmpty()) {
                throw new UsageException(name + " needs a value" + hint(name));
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("export needs a project FILE: sectorscope export FILE --format png|svg|pdf|pptx"
                    + " --out PATH");
        }
        if (files.size() > 1) {
            throw new UsageException("export takes one project FILE, found " + files.size() + ": "
                    + String.join(", ", files.stream().map(f -> "'" + f + "'").toList()));
        }
        String formatValue = values.get("--format");
        if (formatValue == null) {
            throw new UsageException("export needs --format png|svg|pdf|pptx");
        }
        ExportRequest.Format format = switch (lower(formatValue)) {
            case "png" -> ExportRequest.Format.PNG;
            case "svg" -> ExportRequest.Format.SVG;
            case "pdf" -> ExportRequest.Format.PDF;
            case "pptx" -> ExportRequest.Format.PPTX;
            default -> throw new UsageException("unknown format '" + formatValue + "'; use png, svg, pdf or pptx");
        };
        Integer scale = null;
        String scaleValue = values.get("--scale");
        if (scaleValue != null) {
            if (!scaleValue.matches("[1-4]")) {
                throw new UsageException("--scale must be a whole number from 1 to 4, found '" + scaleValue + "'");
            }
            scale = Integer.valueOf(scaleValue);
        }
        ExportRequest.View view = ExportRequest.View.CANVAS;
        String viewValue = values.get("--view");
        if (viewValue != null) {
            view = switch (lower(viewValue)) {
                case "canvas" -> ExportRequest.View.CANVAS;
                case "options" -> ExportRequest.View.OPTIONS;
                default -> throw new UsageException("unknown view '" + viewValue + "'; use canvas or options");
            };
        }
        ExportRequest.Background background = ExportRequest.Background.WHITE;
        String backgroundValue = values.get("--background");
        if (backgroundValue != null) {
            background = switch (lower(backgroundValue)) {
                case "white" -> ExportRequest.Background.WHITE;
                case "transparent" -> ExportRequest.Background.TRANSPARENT;
                default -> throw new UsageException("unknown background '" + backgroundValue
                        + "'; use white or transparent");
            };
        }
        ExportRequest.Page page = ExportRequest.Page.FIT;
        String pageValue = values.get("--page");
        if (pageValue != null) {
            page = switch (lower(pageValue)) {
                case "fit" -> ExportRequest.Page.FIT;
                case "letter" -> ExportRequest.Page.LETTER_LANDSCAPE;
                case "a4" -> ExportRequest.Page.A4_LANDSCAPE;
                default -> throw new UsageException("unknown page '" + pageValue + "'; use fit, letter or a4");
            };
        }
        String target = values.get("--out");
        if (target == null) {
            throw new UsageException("export needs --out PATH, the file to write");
        }
        return new Arguments(files.get(0), format, scale, view, target, background, page, force,
                embedding(values.get("--embed")));
    }

    /** {@code --embed}: how much of the project a PNG carries; the whole project when not given. */
    private static ProjectEmbedding embedding(String value) throws UsageException {
        return value == null ? ProjectEmbedding.FULL : ProjectEmbedding.parse(value)
                .orElseThrow(() -> new UsageException("unknown --embed '" + value + "'" + hint("--embed")));
    }

    private static String hint(String option) {
        return switch (option) {
            case "--format" -> " (png, svg, pdf or pptx)";
            case "--scale" -> " (1 to 4)";
            case "--view" -> " (canvas or options)";
            case "--out" -> " (the file to write)";
            case "--background" -> " (white or transparent)";
            case "--page" -> " (fit, letter or a4)";
            case "--embed" -> "; use full, figure-only, no-notes, no-paths or no-notes,no-paths";
            default -> "";
        };
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private int export(Arguments a) {
        Path source;
        Path target;
        try {
            source = Path.of(a.file());
        } catch (InvalidPathException e) {
            Cli.error(err, a.file() + ": not a valid path (" + e.getReason() + ")");
            return Cli.INVALID;
        }
        if (a.out().equals(STANDARD_OUTPUT)) {
            return exportToStandardOutput(source, a);
        }
        try {
            target = Path.of(a.out());
        } catch (InvalidPathException e) {
            Cli.error(err, a.out() + ": not a valid path (" + e.getReason() + ")");
            return Cli.INVALID;
        }
        if (Files.isDirectory(target)) {
            return failed(a, "a folder has that name");
        }
        if (!a.force() && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return exists(a);
        }
        java.util.Optional<String> overwritesProject = ProjectFileGuard.refusal(source, target);
        if (overwritesProject.isPresent()) {
            Cli.error(err, a.out() + " " + overwritesProject.get() + "; choose another --out");
            return Cli.INVALID;
        }
        Project project = loadOrReport(source, a);
        if (project == null) {
            return Cli.INVALID;
        }
        ExportRequest request = request(project, a);
        headless();
        try {
            exporter.write(project, request, a.embed(), target,
                    a.force() ? Exporter.IfExists.REPLACE_KEEPING_BACKUP : Exporter.IfExists.REFUSE, null);
        } catch (ExportException e) {
            return e.targetExists() ? exists(a) : failed(a, e.problem());
        }
        out.println(TerminalText.oneLine("exported " + a.file() + " -> " + a.out() + " ("
                + ExportedFileSummary.of(request, target)
                + (request.format() == ExportRequest.Format.PNG && !a.embed().isFull()
                        ? ", carrying " + a.embed().describe() : "") + ")"));
        return Cli.OK;
    }

    /** The project, or null after an error line naming the file as it was typed. */
    private Project loadOrReport(Path source, Arguments a) {
        try {
            return ProjectStore.load(source);
        } catch (ProjectFileException e) {
            Cli.error(err, Cli.withName(e, a.file()));
            return null;
        }
    }

    /**
     * {@code --out -}: the figure, and nothing else, on standard output. It is drawn whole in memory first,
     * so a failure leaves an error line and no half figure. A binary format is refused on a terminal.
     */
    private int exportToStandardOutput(Path source, Arguments a) {
        if (a.format() != ExportRequest.Format.SVG && System.console() != null) {
            Cli.error(err, "--out - would write a binary " + a.format().extension().toUpperCase(Locale.ROOT)
                    + " to the terminal; redirect standard output to a file or a program, or give a file name");
            return Cli.USAGE;
        }
        Project project = loadOrReport(source, a);
        if (project == null) {
            return Cli.INVALID;
        }
        headless();
        ByteArrayOutputStream figure = new ByteArrayOutputStream(1 << 16);
        try {
            Exporter.writeTo(project, request(project, a), a.embed(), figure);
        } catch (IOException e) {
            return failed(a, AtomicFileWriter.reason(e));
        } catch (UncheckedIOException e) {
            return failed(a, AtomicFileWriter.reason(e.getCause()));
        } catch (IllegalArgumentException e) {
            return failed(a, e.getMessage());
        } catch (OutOfMemoryError e) {
            return failed(a, "not enough memory for a figure this large; choose a smaller scale");
        }
        out.write(figure.toByteArray(), 0, figure.size()); // a PrintStream notes a failure in checkError()
        out.flush();
        if (out.checkError()) {
            Cli.error(err, "could not write the figure to standard output (closed or full)");
            return Cli.INVALID;
        }
        return Cli.OK;
    }

    /** The defaults for the format, with what the arguments change. */
    static ExportRequest request(Project project, Arguments a) {
        ExportRequest request = ExportRequest.defaults(project, a.format())
                .withView(a.view())
                .withBackground(a.background())
                .withPage(a.page());
        return a.scale() == null ? request : request.withScale(a.scale());
    }

    /** Exports never need a display; make sure AWT does not look for one (no effect once AWT has started). */
    private static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private int exists(Arguments a) {
        Cli.error(err, a.out() + " exists; use --force to replace it");
        return Cli.INVALID;
    }

    private int failed(Arguments a, String problem) {
        String where = a.out().equals(STANDARD_OUTPUT) ? "standard output" : a.out();
        Cli.error(err, "could not export to " + where + ": " + problem);
        return Cli.INVALID;
    }

}
