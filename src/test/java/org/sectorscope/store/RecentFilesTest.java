package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path home;

    private Path p(String name) {
        return home.resolve("projects").resolve(name).toAbsolutePath();
    }

    @Test
    void emptyWhenNothingWasSaved() {
        assertEquals(List.of(), new RecentFiles(home).load());
        assertEquals(List.of(), new RecentFiles(home.resolve("not-created-yet")).load());
    }

    @Test
    void addPutsFirstAndPersists() throws Exception {
        RecentFiles recent = new RecentFiles(home);
        assertEquals(List.of(p("a")), recent.add(p("a")));
        assertEquals(List.of(p("b"), p("a")), recent.add(p("b")));
        assertEquals(List.of(p("b"), p("a")), new RecentFiles(home).load(), "read back by a new instance");
    }

    @Test
    void addDeDuplicates() throws Exception {
        RecentFiles recent = new RecentFiles(home);
        recent.add(p("a"));
        recent.add(p("b"));
        recent.add(p("c"));
        assertEquals(List.of(p("b"), p("c"), p("a")), recent.add(p("b")));
        assertEquals(List.of(p("b"), p("c"), p("a")), recent.load());
    }

    @Test
    void samePathSpelledDifferentlyIsOneEntry() throws Exception {
        RecentFiles recent = new RecentFiles(home);
        recent.add(p("a"));
        recent.add(home.resolve("projects/x/../a"));
        assertEquals(List.of(p("a")), recent.load());
    }

    @Test
    void relativePathsAreStoredAbsolute() throws Exception {
        RecentFiles recent = new RecentFiles(home);
        recent.add(Path.of("rel.sectorscope.json"));
        assertEquals(List.of(Path.of("rel.sectorscope.json").toAbsolutePath()), recent.load());
    }

    @Test
    void capsAtTen() throws Exception {
        RecentFiles recent = new RecentFiles(home);
        for (int i = 0; i < 13; i++) {
            recent.add(p("f" + i));
        }
        List<Path> expected = IntStream.iterate(12, i -> i - 1).limit(10).mapToObj(i -> p("f" + i)).toList();
        assertEquals(expected, recent.load());
        assertEquals(RecentFiles.MAX, recent.load().size());
    }

    @Test
    void corruptFileReadsAsEmptyAndIsReplacedOnAdd() throws Exception {
        Path store = home.resolve("recent-files.json");
        RecentFiles recent = new RecentFiles(home);
        for (String junk : List.of("{not json", "", "{\"a\": 1}", "[1, 2", "[null]", "\u0000\u0001", "[[\"x\"]]")) {
            Files.writeString(store, junk);
            assertEquals(List.of(), recent.load(), "for: " + junk);
        }
        Files.writeString(store, "{not json");
        assertEquals(List.of(p("a")), recent.add(p("a")));
        assertEquals(List.of(p("a")), recent.load());
    }

    @Test
    void overlongHandEditedListIsCut() throws Exception {
        String json = IntStream.range(0, 15).mapToObj(i -> "\"" + p("h" + i).toString().replace("\\", "\\\\") + "\"")
                .reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElseThrow();
        Files.writeString(home.resolve("recent-files.json"), json);
        List<Path> loaded = new RecentFiles(home).load();
        assertEquals(10, loaded.size());
        assertEquals(p("h0"), loaded.get(0));
        assertEquals(p("h9"), loaded.get(9));
    }
}
