package org.sectorscope.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectorscope.logic.SemanticDiff.Change;
import org.sectorscope.logic.SemanticDiff;
import org.sectorscope.model.Project;
import org.sectorscope.store.PlainJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sectorscope diff A B}: what changed from project A to project B, record by record on ids
 * ({@link SemanticDiff}), as lines or as JSON. Exit status as diff(1): 0 equal, 1 different, 2 trouble
 * (a file that cannot be read, or a mistake in the arguments).
 */
@Command(name = "diff", customSynopsis = "sectorscope diff A B [--format text|json]", usageHelpWidth = 100,
        optionListHeading = "%nOptions:%n",
        description = "Prints what changed from project file A to project file B, matched on ids: sectors added,"
                + " removed, renamed, moved (sector-changed-quadrant when a move crosses into another quadrant) or"
                + " edited; evidence items; options, scores, criteria and weights; sources, drivers, fields, the"
                + " framework and the project's details. One change per line: kind, id and what changed,"
                + " tab-separated. Exit status 0 if A and B are equal, 1 if they differ, 2 if a file cannot be"
                + " read or the arguments are wrong.")
final class DiffCommand extends FilesCommand {
    static final int DIFFERENT = 1;
    static final int TROUBLE = 2;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json")
    String format = "text";

    DiffCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        if (files.size() != 2) {
            throw usage("diff needs two project files: sectorscope diff A B");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw usage("--format must be text or json, found '" + format + "'");
        }
        Optional<Project> a = load(files.get(0));
        Optional<Project> b = a.isPresent() ? load(files.get(1)) : Optional.empty();
        if (a.isEmpty() || b.isEmpty()) {
            return TROUBLE;
        }
        List<Change> changes = SemanticDiff.between(a.get(), b.get());
        if (format.equals("json")) {
            byte[] bytes = (PlainJson.write(json(changes)) + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
            out.flush();
        } else {
            changes.forEach(c -> out.println(line(c)));
        }
        return changes.isEmpty() ? Cli.OK : DIFFERENT;
    }

    /** "sector-changed-quadrant TAB semiconductors TAB Semiconductors: D (0.6, -0.4) -> B (-0.3, -0.5)". */
    static String line(Change c) {
        return c.kind() + "\t" + TerminalText.field(c.id() == null ? "" : c.id()) + "\t"
                + TerminalText.field(c.sentence());
    }

    private static Map<String, Object> json(List<Change> changes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Change c : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.kind());
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("from", c.from());
            m.put("to", c.to());
            m.put("detail", c.detail());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("equal", changes.isEmpty());
        root.put("changes", list);
        return root;
    }
}
