package org.sectorscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sectorscope.ui.help.AboutInfo.Library;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Help > About names every library the jar runs with, and its licence: the list the build writes
 * (target/classes) against pom.xml's runtime dependencies and the hand-kept licences.
 */
class AboutInfoTest {
    @Test
    void readsTheDependencyPluginsListColouredOrNot() {
        String list = "\n\u001B[0m\u001B[0mThe following files have been resolved:\n"
                + "   org.openjfx:javafx-base:jar:21.0.11:compile\u001B[36m -- module javafx.baseEmpty\u001B[m\n"
                + "   org.openjfx:javafx-base:jar:linux:21.0.11:compile -- module javafx.base\n"
                + "   info.picocli:picocli:jar:4.7.7:compile\n"
                + "   com.example:new-thing:jar:1.0:runtime\n";
        String licences = "# comment\norg.openjfx:javafx-base\tJavaFX Base\tGPL-2.0 with Classpath Exception\n"
                + "info.picocli:picocli\tpicocli\tApache-2.0\nbundled:fonts\tSome fonts\tOFL\n";
        assertEquals(List.of(new Library("org.openjfx:javafx-base", "JavaFX Base", "21.0.11",
                        "GPL-2.0 with Classpath Exception"),
                new Library("info.picocli:picocli", "picocli", "4.7.7", "Apache-2.0"),
                new Library("com.example:new-thing", "new-thing", "1.0", "unknown: not in libraries.tsv"),
                new Library("bundled:fonts", "Some fonts", "", "OFL")), AboutInfo.libraries(list, licences));
    }

    @Test
    void everyRuntimeDependencyOfThePomIsListedWithItsLicence() throws Exception {
        AboutInfo about = AboutInfo.bundled();
        assertFalse(about.version().equals("unknown"), "the build's version");
        assertEquals("Sectorscope", about.name());
        assertFalse(about.description().isBlank() || about.description().startsWith("${"), about.description());
        Set<String> listed = about.libraries().stream().map(Library::coordinates).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>(runtimeDependenciesOfThePom());
        missing.removeAll(listed);
        assertEquals(List.of(), missing, "pom.xml's runtime dependencies missing from About");
        assertTrue(listed.size() > runtimeDependenciesOfThePom().size(), "the transitive ones too: " + listed);
        List<String> unknown = about.libraries().stream().filter(l -> l.licence().startsWith("unknown"))
                .map(Library::coordinates).toList();
        assertEquals(List.of(), unknown, "add these to libraries.tsv with their licences");
        for (Library l : about.libraries()) {
            assertTrue(l.coordinates().startsWith(AboutInfo.BUNDLED) || !l.version().isBlank(), l.toString());
        }
    }

    /** A licence kept for a library the jar no longer has would be a false statement in About. */
    @Test
    void theLicenceListNamesNoLibraryTheBuildDoesNotShip() throws Exception {
        Set<String> listed = AboutInfo.bundled().libraries().stream().map(Library::coordinates)
                .collect(Collectors.toSet());
        Set<String> stale = new TreeSet<>();
        String tsv = new String(AboutInfo.class.getResourceAsStream(AboutInfo.LICENCES).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String line : tsv.lines().toList()) {
            String key = line.split("\t")[0];
            if (!line.startsWith("#") && !listed.contains(key)) {
                stale.add(key);
            }
        }
        assertEquals(Set.of(), stale);
    }

    private static List<String> runtimeDependenciesOfThePom() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"))
                .getDocumentElement();
        Element dependencies = (Element) project.getElementsByTagName("dependencies").item(0);
        NodeList deps = dependencies.getElementsByTagName("dependency");
        List<String> runtime = new ArrayList<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String scope = text(d, "scope");
            if (scope == null || scope.equals("compile") || scope.equals("runtime")) {
                runtime.add(text(d, "groupId") + ":" + text(d, "artifactId"));
            }
        }
        return runtime;
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent().trim();
    }
}
