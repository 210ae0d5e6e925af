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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sectorscope.export.ExportException;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Exporter;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.export.ProjectImages;
import org.sectorscope.export.SizePreset;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Project;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.IoReasons;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectFileGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sectorscope export FILE --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck --out PATH [options]}: draws a project file
 * as a figure, its data or its briefing deck, with no window and no display (Java2D in headless mode; JavaFX is
 * never loaded).
 *
 * <p>An existing PATH is never replaced without {@code --force}: the figure is written as a new file by
 * the {@link AtomicFileWriter}, which fails rather than replace a PATH that appeared meanwhile.
 * {@code --force} replaces only a regular file, never a device or a named pipe. {@code --out -} writes
 * the figure to standard output (and nothing else there), never to a file named "-".
 * Every problem is one {@code error: ...} line on stderr, never a stack trace: exit status
 * {@link Cli#USAGE} for a mistake in the arguments, {@link Cli#INVALID} for a project that cannot be read
 * or a figure that cannot be written.
 */
@Command(name = "export", sortOptions = false, usageHelpWidth = 100, optionListHeading = "%nOptions:%n",
        customSynopsis = "sectorscope export FILE --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck --out PATH [OPTION...]",
        description = "Draws the project FILE as a figure, or writes its data as a workbook (xlsx: options with"
                + " weighted-total formulas, evidence, sectors), a Markdown memo (md), a Mermaid quadrantChart"
                + " (mermaid) or a CSV table (csv, see --table), or a briefing deck of the sections the project"
                + " names (deck: PowerPoint, or PDF when PATH ends in .pdf), with no window or display. Exit status"
                + " 0 if it was written, 1 if not, 2 for a mistake in the arguments.")
public final class ExportCommand implements Callable<Integer> {
    /** {@code --out -}: standard output, as for most Unix tools. */
    static final String STANDARD_OUTPUT = "-";

    private final PrintStream out;
    private final PrintStream err;
    private final Exporter exporter;

    // Counted in call(), so the message is ours; hidden from the option list, the synopsis names it.
    @Parameters(paramLabel = "FILE", arity = "0..*", hidden = true)
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck",
            converter = ExportOptionValues.Format.class,
            description = "the kind of file to write (required); pptx is a slide of editable shapes,"
                    + " pptx-picture the same slide with the figure as one picture; deck is a PPTX, or a PDF"
                    + " when PATH ends in .pdf")
    ExportRequest.Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "the file to write (required); - writes the figure"
            + " to standard output")
    String outArgument;

    @Option(names = "--table", paramLabel = "options|evidence", converter = ExportOptionValues.Table.class,
            description = "csv: the options matrix (default: weights, scores, totals, ranks) or the evidence table")
    ExportRequest.Format table;

    @Option(names = "--view", paramLabel = "canvas|options", converter = ExportOptionValues.View.class,
            description = "the quadrant canvas (default) or the ranked options table")
    ExportRequest.View view = ExportRequest.View.CANVAS;

    @Option(names = "--scale", paramLabel = "N", converter = ExportOptionValues.Scale.class,
            description = "pixels per unit, 1 to 4, for PNG and the PPTX picture (a canvas PNG is 1200x800 times N;"
                    + " default 1, PPTX 2)")
    Integer scale;

    @Option(names = "--size", paramLabel = "PRESET|WxH", converter = ExportOptionValues.Size.class,
            description = "the figure's size: slide-16x9 (1920x1080 px), slide-4x3 (1440x1080 px), a4-portrait,"
                    + " a4-landscape, letter-portrait or letter-landscape (the paper at --dpi), or WxH units"
                    + " (times --scale for a PNG); default 1200x800")
    ExportOptionValues.SizeChoice size;

    @Option(names = "--dpi", paramLabel = "N", converter = ExportOptionValues.Dpi.class,
            description = "pixels per inch, 72 to 600: a paper size's pixels, and what a PNG records so it prints"
                    + " at that size (default 150; 300 for print)")
    Integer dpi;

    @Option(names = "--background", paramLabel = "white|transparent", converter = ExportOptionValues.Background.class,
            description = "white (default) or nothing outside the figure's shapes")
    ExportRequest.Background background = ExportRequest.Background.WHITE;

    @Option(names = "--page", paramLabel = "fit|letter|a4", converter = ExportOptionValues.Page.class,
            description = "PDF: a page the size of the figure (default), or Letter or A4 landscape with the figure"
                    + " fitted inside margins")
    ExportRequest.Page page = ExportRequest.Page.FIT;

    @Option(names = "--force", arity = "0", description = "replace PATH if it is an existing regular file (kept as"
            + " PATH.bak); without it an existing PATH is never touched")
    boolean force;

    @Option(names = "--embed", paramLabel = "full|figure-only|no-notes|no-paths|no-notes,no-paths",
            converter = ExportOptionValues.Embed.class,
            description = "what a PNG, SVG, PPTX or XLSX carries so it reopens as a project: the whole project"
                    + " (default), nothing, or it without notes and/or local file paths; PDF and md carry no project")
    ProjectEmbedding embed = ProjectEmbedding.FULL;

    @Option(names = "--moved-since", paramLabel = "EDITION",
            description = "the canvas with trails from the edition of this name or id to the current placements")
    String movedSince;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Spec
    CommandSpec spec;

    public ExportCommand(PrintStream out, PrintStream err) {
        this(out, err, AtomicFileWriter.standard());
    }

    /** Writes figures through {@code writer}; tests pass one whose file operations fail. */
    ExportCommand(PrintStream out, PrintStream err, AtomicFileWriter writer) {
        this.out = out;
        this.err = err;
        this.exporter = new Exporter(writer);
    }

    /** Runs {@code export} on {@code args}, the words after it; {@link Cli#OK}, {@link Cli#INVALID} or {@link Cli#USAGE}. */
    public int run(List<String> args) {
        return Cli.execute(this, args, out, err);
    }

    @Override
    public Integer call() {
        requireArguments();
        try {
            return export();
        } catch (RuntimeException e) {
            Cli.error(err, file() + ": internal error: " + e);
            return Cli.INVALID;
        } catch (LinkageError e) {
            // A broken installation (a library missing from lib/): say so in one line, not a stack trace.
            Cli.error(err, "could not export to " + outArgument + ": a part of Sectorscope is missing from this"
                    + " installation (" + e.getMessage() + "); reinstall it");
            return Cli.INVALID;
        }
    }

    /** What picocli cannot check for us, in the order the messages have always come. */
    private void requireArguments() {
        if (outArgument != null && outArgument.isEmpty()) {
            throw usage(ExportOptionValues.needsAValue("--out").getMessage());
        }
        if (files.isEmpty()) {
            throw usage("export needs a project FILE: sectorscope export FILE --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck"
                    + " --out PATH");
        }
        if (files.size() > 1) {
            throw usage("export takes one project FILE, found " + files.size() + ": "
                    + String.join(", ", files.stream().map(f -> "'" + f + "'").toList()));
        }
        if (format == null) {
            throw usage("export needs --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck");
        }
        if (outArgument == null) {
            throw usage("export needs --out PATH, the file to write");
        }
        if (table != null && format != ExportRequest.Format.CSV_OPTIONS) {
            throw usage("--table goes with --format csv, not "
                    + (format == ExportRequest.Format.MERMAID ? "mermaid" : format.extension()));
        }
        format = table == null ? format : table; // csv's table is the format that writes it
        if (scale != null && size != null && size.preset() != SizePreset.CUSTOM) {
            // A named size fixes the pixels, and with them the scale.
            throw usage("--scale cannot go with --size " + size.preset().word() + ", which fixes the pixels;"
                    + " use --size WxH --scale N");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private String file() {
        return files.get(0);
    }

    private int export() {
        Path source;
        Path target;
        try {
            source = Path.of(file());
        } catch (InvalidPathException e) {
            Cli.error(err, file() + ": not a valid path (" + e.getReason() + ")");
            return Cli.INVALID;
        }
        if (outArgument.equals(STANDARD_OUTPUT)) {
            return exportToStandardOutput(source);
        }
        try {
            target = Path.of(outArgument);
        } catch (InvalidPathException e) {
            Cli.error(err, outArgument + ": not a valid path (" + e.getReason() + ")");
            return Cli.INVALID;
        }
        if (Files.isDirectory(target)) {
            return failed("a folder has that name");
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return exists();
        }
        Optional<String> overwritesProject = ProjectFileGuard.refusal(source, target);
        if (overwritesProject.isPresent()) {
            Cli.error(err, outArgument + " " + overwritesProject.get() + "; choose another --out");
            return Cli.INVALID;
        }
        Project project = loadOrReport(source);
        if (project == null || !editionFound(project)) {
            return Cli.INVALID;
        }
        ExportRequest request = request(project);
        headless();
        try {
            exporter.write(project, request, embed, target,
                    force ? Exporter.IfExists.REPLACE_KEEPING_BACKUP : Exporter.IfExists.REFUSE, null);
        } catch (ExportException e) {
            return e.targetExists() ? exists() : failed(e.problem());
        }
        out.println(TerminalText.oneLine("exported " + file() + " -> " + outArgument + " ("
                + ExportedFileSummary.of(request, target)
                + (request.format() == ExportRequest.Format.PNG && !embed.isFull()
                        ? ", carrying " + embed.describe() : "") + ")"));
        return Cli.OK;
    }

    /** The project, or null after an error line naming the file as it was typed. */
    private Project loadOrReport(Path source) {
        try {
            return ProjectImages.load(source);
        } catch (ProjectFileException e) {
            Cli.error(err, Cli.withName(e, file()));
            return null;
        }
    }

    /**
     * {@code --out -}: the figure, and nothing else, on standard output. It is drawn whole in memory first,
     * so a failure leaves an error line and no half figure. A binary format is refused on a terminal.
     */
    private int exportToStandardOutput(Path source) {
        if (!isText(format) && System.console() != null) {
            Cli.error(err, "--out - would write a binary " + format.extension().toUpperCase(Locale.ROOT)
                    + " to the terminal; redirect standard output to a file or a program, or give a file name");
            return Cli.USAGE;
        }
        Project project = loadOrReport(source);
        if (project == null || !editionFound(project)) {
            return Cli.INVALID;
        }
        headless();
        ByteArrayOutputStream figure = new ByteArrayOutputStream(1 << 16);
        try {
            Exporter.writeTo(project, request(project), embed, figure);
        } catch (IOException e) {
            return failed(IoReasons.of(e));
        } catch (UncheckedIOException e) {
            return failed(IoReasons.of(e.getCause()));
        } catch (IllegalArgumentException e) {
            return failed(e.getMessage());
        } catch (OutOfMemoryError e) {
            return failed("not enough memory for a figure this large; choose a smaller scale");
        }
        out.write(figure.toByteArray(), 0, figure.size()); // a PrintStream notes a failure in checkError()
        out.flush();
        if (out.checkError()) {
            Cli.error(err, "could not write the figure to standard output (closed or full)");
            return Cli.INVALID;
        }
        return Cli.OK;
    }

    /** Whether the format is text, which a terminal can show. */
    private static boolean isText(ExportRequest.Format f) {
        return switch (f) {
            case SVG, MD, MERMAID, CSV_OPTIONS, CSV_EVIDENCE -> true;
            default -> false;
        };
    }

    /** The format to write: a deck is a PDF when PATH ends in ".pdf" (in any case), else a PPTX. */
    private ExportRequest.Format writtenFormat() {
        boolean pdf = outArgument.toLowerCase(Locale.ROOT).endsWith(".pdf");
        return format == ExportRequest.Format.DECK && pdf ? ExportRequest.Format.DECK_PDF : format;
    }

    /** The defaults for the format, with what the arguments change. */
    private ExportRequest request(Project project) {
        ExportRequest request = ExportRequest.defaults(project, writtenFormat())
                .withView(view)
                .withBackground(background)
                .withPage(page);
        request = movedSince == null ? request : request.withMovedSince(edition(project).id());
        request = scale == null ? request : request.withScale(scale);
        if (size != null && size.preset() == SizePreset.CUSTOM) {
            request = request.withSize(size.width(), size.height());
        }
        SizePreset preset = size == null ? SizePreset.CUSTOM : size.preset();
        return preset.apply(request, dpi == null ? ExportRequest.DEFAULT_DPI : dpi);
    }

    /** The edition --moved-since names, by id or else by name (ignoring case); null when none does. */
    private Edition edition(Project project) {
        List<Edition> editions = project.teamwork().editions();
        return editions.stream().filter(e -> e.id().equals(movedSince)).findFirst()
                .or(() -> editions.stream().filter(e -> e.name().equalsIgnoreCase(movedSince.strip())).findFirst())
                .orElse(null);
    }

    /** False, after an error line listing the editions there are, when --moved-since names none of them. */
    private boolean editionFound(Project project) {
        if (movedSince == null || edition(project) != null) {
            return true;
        }
        List<String> names = project.teamwork().editions().stream().map(e -> "\"" + e.name() + "\"").toList();
        Cli.error(err, TerminalText.oneLine(file() + ": no edition \"" + movedSince + "\" (the file has "
                + (names.isEmpty() ? "none" : String.join(", ", names)) + ")"));
        return false;
    }

    /** Exports never need a display; make sure AWT does not look for one (no effect once AWT has started). */
    private static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private int exists() {
        Cli.error(err, outArgument + " exists; use --force to replace it");
        return Cli.INVALID;
    }

    private int failed(String problem) {
        String where = outArgument.equals(STANDARD_OUTPUT) ? "standard output" : outArgument;
        Cli.error(err, "could not export to " + where + ": " + problem);
        return Cli.INVALID;
    }

}
