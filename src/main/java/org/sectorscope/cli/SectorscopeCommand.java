package org.sectorscope.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sectorscope}, the command the subcommands hang off. Its {@code --help} is the written overview of
 * every form (one page a user reads top to bottom); each subcommand's {@code --help} is generated from
 * its options.
 */
@Command(name = "sectorscope", versionProvider = SectorscopeCommand.Version.class)
final class SectorscopeCommand implements Callable<Integer> {
    private static final String OVERVIEW_SECTION = "overview";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "show the version")
    boolean version;

    @Spec
    CommandSpec spec;

    /** Only reached with no command: the options above end the run before it. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given");
    }

    /** Makes {@code root}'s usage help (for --help, -h and help) the overview below. */
    static void useOverviewAsHelp(CommandLine root) {
        root.getHelpSectionMap().put(OVERVIEW_SECTION, help -> OVERVIEW);
        root.setHelpSectionKeys(List.of(OVERVIEW_SECTION));
    }

    /** "Sectorscope VERSION" for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sectorscope " + Cli.version()};
        }
    }

    private static final String OVERVIEW = """
            Usage:
              sectorscope [FILE]               open FILE (or the bundled sample) in the window
              sectorscope validate FILE...     check project files; exit 0 if all are valid, 1 if not
              sectorscope list FILE            print each sector: quadrant letter (A/B on a line), name, evidence count
                                               (tab-separated; a tab, newline or backslash in a name is written \\t, \\n, \\\\)
              sectorscope sectors FILE         print a header, then each sector: id, name, driver, x, y, quadrant,
                                               evidence count (tab-separated and escaped as list does; x and y
                                               empty and quadrant - when not placed)
              sectorscope import-sectors FILE CSV [--update] [--add-drivers] --out PATH [--force]
                                               import the sectors of CSV (docs/sectors-csv.md) into FILE and
                                               write the result to PATH; a row with a problem is printed as
                                               CSV:LINE: problem and nothing is written; rows for sectors FILE
                                               has are skipped unless --update; exit 0 if written, 1 if not
              sectorscope diff A B [--format text|json]
                                               what changed from project A to B, matched on ids: sectors,
                                               moves (and quadrant changes), evidence, options, scores,
                                               weights, sources, drivers, fields, framework; one change a
                                               line; exit 0 if equal, 1 if different, 2 if a file is unreadable
              sectorscope merge BASE OURS THEIRS [-o OUT] [--no-backup]
                                               three-way merge on ids into OURS (or OUT), for git's merge
                                               driver: what both sides changed differently keeps OURS and
                                               is recorded as a conflict in the file (Edit > Resolve
                                               Conflicts), never as text markers; exit 0 if clean, 1 if
                                               merged with conflicts, 2 if nothing was written
              sectorscope text FILE            the project as an outline, one fact a line (git's textconv)
              sectorscope migrate FILE...      rewrite project files in the current format and canonical layout,
                                               keeping FILE.bak; a file open in Sectorscope is left alone;
                                               exit 0 if all succeeded, 1 if not
              sectorscope export FILE --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck --out PATH [OPTION...]
                                               draw FILE as a figure, or its data as a workbook (xlsx),
                                               a memo (md), a Mermaid quadrantChart (mermaid) or a CSV
                                               table (csv), or a briefing deck (deck: PPTX, or PDF when
                                               PATH ends in .pdf; the sections the project names), with no
                                               window or display; exit 0 if it was written, 1 if not, 2 for
                                               a mistake in the arguments
                  --format pptx-picture        the slide with the figure as one picture; pptx is
                                               editable shapes and text
                  --view canvas|options        the quadrant canvas (default) or the ranked options table
                  --scale N                    pixels per unit, 1 to 4, for PNG and the PPTX picture
                                               (a canvas PNG is 1200x800 times N; default 1, PPTX 2)
                  --background white|transparent
                                               white (default) or nothing outside the figure's shapes
                  --page fit|letter|a4         PDF: a page the size of the figure (default), or Letter
                                               or A4 landscape with the figure fitted inside margins
                  --force                      replace PATH if it is an existing regular file (kept as
                                               PATH.bak); without it an existing PATH is never touched
                  --table options|evidence     csv: the options matrix (default) or the evidence table
                  --out -                      write the figure to standard output
                  --embed full|figure-only|no-notes|no-paths|no-notes,no-paths
                                               what a PNG, SVG, PPTX or XLSX carries so it reopens as a
                                               project: the whole project (default), nothing, or it without
                                               notes and/or local file paths; PDF and md carry no project
              sectorscope COMMAND --help       show one command's options
              sectorscope --help               show this help
              sectorscope --version            show the version

            Wherever a command reads a project FILE, a PNG or SVG exported by Sectorscope that carries its
            project is read too.
            The command-line forms need no display. Run them as: java -jar sectorscope.jar COMMAND ...
            """;
}
