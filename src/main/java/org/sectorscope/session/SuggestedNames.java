package org.sectorscope.session;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.store.ProjectFormat;

/**
 * What the file choosers start from, derived from the project's display name: one rule for the
 * project file (every Save As uses it), one for every file exported from it (the project's base name,
 * a word for what the file holds, the format's extension), and the folder to start in.
 */
public final class SuggestedNames {
    /** Notes the window adds after a name: " (sample)", " (repaired copy)", " (from image)". */
    private static final Pattern TRAILING_NOTES = Pattern.compile("(\\s*\\([^()]*\\))+$");
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

    /**
     * What every exported file starts with: the display name without the window's notes in brackets and
     * without the project suffix ("china" for "china.sectorscope.json (sample)").
     */
    public static String baseName(String displayName) {
        String name = displayName == null ? "" : TRAILING_NOTES.matcher(displayName.strip()).replaceFirst("");
        name = name.replaceFirst("(\\.sectorscope)?\\.json$", "").strip();
        return name.isEmpty() ? "untitled" : name;
    }

    /** "china-evidence.csv" for "china.sectorscope.json (sample)". */
    static String evidenceCsv(String displayName) {
        return baseName(displayName) + "-evidence.csv";
    }

    /** "china-sectors.csv" for "china.sectorscope.json". */
    static String sectorsCsv(String displayName) {
        return baseName(displayName) + "-sectors.csv";
    }

    /**
     * The file an export of {@code format} suggests: the figure formats take the base name alone
     * ("china.png"); the others add what they hold ("china-evidence.csv", "china-deck.pptx"), so that
     * a slide, a deck and a data file exported side by side never propose the same name.
     */
    public static String exportFile(String displayName, ExportRequest.Format format) {
        String what = switch (format) {
            case PNG, SVG, PDF, PPTX, PPTX_PICTURE, MERMAID -> "";
            case XLSX -> "-data";
            case MD -> "-memo";
            case CSV_OPTIONS -> "-options";
            case CSV_EVIDENCE -> "-evidence";
            case DECK, DECK_PDF -> "-deck";
        };
        return baseName(displayName) + what + "." + format.extension();
    }

    /** The open file's folder; the working directory when there is no file. */
    static Path folderOf(Path file) {
        if (file != null && file.toAbsolutePath().getParent() != null) {
            return file.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.dir"));
    }
}
