package org.sectorscope.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.sectorscope.store.AppVersion;

/**
 * What Help > About says: the name, version, licence and description, and every library the jar runs
 * with. The build lists the runtime libraries (the dependency plugin's {@code list} goal, pom.xml); their
 * licences come from {@code libraries.tsv}, kept by hand and checked by a test to name each one.
 */
public record AboutInfo(String name, String version, String description, String licence, List<Library> libraries) {
    static final String RUNTIME_LIST = "/org/sectorscope/help/runtime-libraries.txt";
    static final String LICENCES = "/org/sectorscope/help/libraries.tsv";
    static final String ABOUT = "/org/sectorscope/help/about.properties";
    /** A library shipped inside the jar rather than resolved by Maven (the fonts). */
    static final String BUNDLED = "bundled:";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Pattern ARTIFACT = Pattern.compile("^[\\w.-]+:[\\w.-]+:.*");

    /** One library: its Maven coordinates ("org.apache.poi:poi", or "bundled:..."), name, version, licence. */
    public record Library(String coordinates, String name, String version, String licence) {
    }

    /** What the jar holds; missing pieces (classes run without the build's resources) read "unknown". */
    public static AboutInfo bundled() {
        Properties about = new Properties();
        try {
            about.load(new StringReader(resource(ABOUT)));
        } catch (IOException e) {
            // the defaults below say what is missing
        }
        return new AboutInfo(about.getProperty("name", "Sectorscope"), AppVersion.current(),
                about.getProperty("description", ""), about.getProperty("licence", "unknown"),
                libraries(resource(RUNTIME_LIST), resource(LICENCES)));
    }

    /**
     * The libraries of {@code runtimeList} (the dependency plugin's output, one
     * "group:artifact:type[:classifier]:version:scope" a line) with their names and licences from
     * {@code licences} ("group:artifact TAB name TAB licence" a line), then the bundled ones; a library the
     * licences do not name says so.
     */
    static List<Library> libraries(String runtimeList, String licences) {
        Map<String, String[]> known = new LinkedHashMap<>();
        for (String line : licences.lines().toList()) {
            String[] cells = line.split("\t");
            if (cells.length == 3 && !line.startsWith("#")) {
                known.put(cells[0], cells);
            }
        }
        Map<String, Library> found = new LinkedHashMap<>();
        for (String raw : runtimeList.lines().toList()) {
            String line = ANSI.matcher(raw).replaceAll("").trim();
            if (!ARTIFACT.matcher(line).matches()) {
                continue;
            }
            String[] parts = line.split("\\s+")[0].split(":");
            String key = parts[0] + ":" + parts[1];
            String version = parts.length >= 6 ? parts[4] : parts.length >= 5 ? parts[3] : "";
            String[] entry = known.get(key);
            found.putIfAbsent(key, new Library(key, entry == null ? parts[1] : entry[1], version,
                    entry == null ? "unknown: not in libraries.tsv" : entry[2]));
        }
        List<Library> all = new ArrayList<>(found.values());
        known.values().stream().filter(e -> e[0].startsWith(BUNDLED))
                .forEach(e -> all.add(new Library(e[0], e[1], "", e[2])));
        return all;
    }

    private static String resource(String path) {
        try (InputStream in = AboutInfo.class.getResourceAsStream(path)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
