package org.sectorscope.session;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sectorscope.store.ProjectFormat;

/**
 * What the file choosers start from, derived from the project's display name: one rule for the
 * project file (every Save As uses it), one for its evidence CSV, and the folder to start in.
 */
final class SuggestedNames {
    /** "x.sectorscope.json (repaired copy)": a file name followed by a note in brackets. */
    private static final Pattern FILE_WITH_NOTE = Pattern.compile("(.+?)(?:\\.sectorscope)?\\.json( \\(.+\\))");
    private SuggestedNames() {
    }

    /**
     * The display name as a project file name: the sample's mark dropped, a note such as "(repaired
     * copy)" kept before the suffix rather than after it, the suffix added when missing.
     */
    static String projectFile(String displayName) {
        String name = displayName.replace(" (sample)", "");
        Matcher noted = FILE_WITH_NOTE.matcher(name);
        if (noted.matches()) {
            name = noted.group(1) + noted.group(2);
        }
        return name.endsWith(".json") ? name : name + ProjectFormat.FILE_SUFFIX;
    }

    /** The project's name without its file suffix, then "-evidence.csv". */
    static String evidenceCsv(String displayName) {
        return displayName.replaceFirst("(\\.sectorscope)?\\.json$", "") + "-evidence.csv";
    }

    /** "china-sectors.csv" for "china.sectorscope.json". */
    static String sectorsCsv(String displayName) {
        return displayName.replaceFirst("(\\.sectorscope)?\\.json$", "") + "-sectors.csv";
    }

    /** The open file's folder; the working directory when there is no file. */
    static Path folderOf(Path file) {
        if (file != null && file.toAbsolutePath().getParent() != null) {
            return file.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.dir"));
    }
}
