package org.sectorscope.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.FileWriteException;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectMerge;
import org.sectorscope.store.ProjectWriter;
import org.sectorscope.store.WriteMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sectorscope merge BASE OURS THEIRS [-o OUT]}: the three-way merge on ids ({@link ProjectMerge}),
 * written over OURS by default, which is what git's merge driver ({@code %O %A %B}) expects. A conflict
 * never becomes text markers: the file written is a valid project holding ours and a record of each
 * conflict, listed one per line. Exit status as git wants it: 0 merged cleanly, 1 merged with
 * conflicts, 2 nothing written (a file unreadable, the projects unrelated, the arguments wrong).
 */
@Command(name = "merge", customSynopsis = "sectorscope merge BASE OURS THEIRS [-o OUT] [--no-backup]",
        usageHelpWidth = 100, optionListHeading = "%nOptions:%n",
        description = "Merges the changes from BASE to THEIRS into OURS, matched on ids: objects key by key,"
                + " records by id, positions as one value, tags as sets. What both sides changed differently"
                + " keeps OURS and is recorded as a conflict in the file, to resolve in Sectorscope (Edit >"
                + " Resolve Conflicts); the result is always a valid project. Writes OUT (default OURS, as git's"
                + " merge driver wants), keeping the replaced file as OUT.bak unless --no-backup. An empty BASE"
                + " means the two have no common version. Exit status 0 if merged cleanly, 1 if merged with"
                + " conflicts (listed one per line), 2 if nothing was written.")
final class MergeCommand extends FilesCommand {
    static final int CONFLICTS = 1;
    static final int TROUBLE = 2;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "where to write the result (default OURS)")
    String outFile;

    @Option(names = "--no-backup", description = "do not keep the replaced file as OUT.bak (git keeps the versions)")
    boolean noBackup;

    MergeCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        if (files.size() != 3) {
            throw usage("merge needs three project files: sectorscope merge BASE OURS THEIRS [-o OUT]");
        }
        String target = outFile == null ? files.get(1) : outFile;
        try {
            ProjectMerge.Result result = ProjectMerge.merge(Path.of(files.get(0)), Path.of(files.get(1)),
                    Path.of(files.get(2)));
            byte[] bytes = ProjectWriter.toFileBytes(result.project(), target);
            WriteMode mode = noBackup ? WriteMode.replaceKeepingBackup().withoutBackup()
                    : WriteMode.replaceKeepingBackup();
            AtomicFileWriter.standard().write(Path.of(target), AtomicFileWriter.Content.of(bytes), mode);
            for (MergeConflict c : result.conflicts()) {
                out.println("conflict\t" + c.id() + "\t" + TerminalText.field(c.label()));
            }
            if (result.clean()) {
                return Cli.OK;
            }
            int n = result.conflicts().size();
            err.println(TerminalText.oneLine("merged " + target + " with " + n + " conflict" + (n == 1 ? "" : "s")
                    + ", kept as ours; open it in Sectorscope and use Edit > Resolve Conflicts"));
            return CONFLICTS;
        } catch (ProjectFileException e) {
            Cli.error(err, e.getMessage());
        } catch (FileWriteException e) {
            Cli.error(err, e.getMessage());
        } catch (InvalidPathException e) {
            Cli.error(err, e.getInput() + ": not a valid path (" + e.getReason() + ")");
        }
        return TROUBLE;
    }
}
