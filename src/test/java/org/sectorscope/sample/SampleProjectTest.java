package org.sectorscope.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;

/** The bundled sample follows the report: Figure 1.2, verbatim quotes, the policy options it discusses. */
class SampleProjectTest {
    static final Path SAMPLE = Path.of("sample-data", ProjectStore.SAMPLE_NAME);
    private static Project sample;

    @BeforeAll
    static void load() throws ProjectFileException {
        sample = ProjectStore.load(SAMPLE);
    }

    @Test
    void theJarCarriesTheSameSample() throws ProjectFileException {
        assertEquals(sample, ProjectStore.loadSample());
    }

    @Test
    void figureOneTwoIsReproducedExactly() {
        assertPlaced("internet-services", "A", "Win-Win", "Market-oriented");
        assertPlaced("electric-vehicles", "B", "Destructive Victory", "State-led");
        assertPlaced("commercial-aircraft", "C", "Harmless Failure", "State-led");
        assertPlaced("semiconductors", "D", "Lose-Lose", "State-led");
        var f = sample.framework();
        assertEquals("Innovation outcomes in China", f.xAxis().title());
        assertEquals("Success", f.xAxis().lowLabel());
        assertEquals("Failure", f.xAxis().highLabel());
        assertEquals("Effect on the global sector", f.yAxis().title());
        assertEquals("Constructive", f.yAxis().highLabel());
        assertEquals("Destructive", f.yAxis().lowLabel());
        // Figure 1.2's own line, "Source: Author's original analysis.", would credit Kennedy with every
        // placement in the sample; the line is composed from who placed what instead (FigureCredits).
        assertEquals(null, sample.info().sourceLine());
        assertTrue(sample.info().author() != null && !sample.info().author().isBlank(), "the analyst is named");
    }

    private static void assertPlaced(String id, String letter, String quadrantName, String driver) {
        Sector s = sample.sector(id).orElseThrow(() -> new AssertionError("missing sector " + id));
        assertEquals(letter, sample.quadrantOf(s).orElseThrow().letter(), id);
        assertEquals(quadrantName, sample.quadrantOf(s).orElseThrow().name(), id);
        assertEquals(driver, sample.driverNameOf(s), id);
        assertEquals(Placement.Basis.REPORT, s.placement().basis(), id + " is placed by the report itself");
    }

    @Test
    void atLeastEightMoreSectorsAreTheAnalystsReadingNamingTheirChapter() {
        List<Sector> analyst = sample.sectors().stream()
                .filter(s -> s.placement().basis() == Placement.Basis.ANALYST).toList();
        assertTrue(analyst.size() >= 8, "analyst-placed sectors: " + analyst.size());
        Pattern chapter = Pattern.compile("Chapter \\d+");
        for (Sector s : analyst) {
            String why = s.placement().rationale();
            assertTrue(chapter.matcher(why).find(), s.id() + ": rationale names no chapter: " + why);
            assertTrue(why.toLowerCase(Locale.ROOT).contains("analyst"), s.id() + ": not marked as the analyst's reading");
            assertTrue(sample.source(s.placement().sourceId()).isPresent(), s.id() + ": placement source");
        }
    }

    @Test
    void everySectorHasAtLeastThreeEvidenceItemsWithSourceAndQuote() {
        for (Sector s : sample.sectors()) {
            assertTrue(s.evidence().size() >= 3, s.id() + " has " + s.evidence().size() + " items");
            for (Evidence e : s.evidence()) {
                assertTrue(e.quote() != null && e.quote().length() > 20, e.id() + " has a real quote");
                var source = sample.source(e.sourceId()).orElseThrow(() -> new AssertionError(e.id() + " source"));
                assertTrue(!source.author().isBlank() && source.chapter() != null, e.id() + " cites author and chapter");
            }
        }
    }

    @Test
    void everyQuoteOccursVerbatimInTheReport() throws IOException {
        String property = System.getProperty("sectorscope.reportText");
        Path report = property == null ? null : Path.of(property);
        Assumptions.assumeTrue(report != null && Files.isRegularFile(report),
                "the report text is not beside this checkout (" + property + "); skipping the verbatim check");
        String text = normalise(Files.readString(report, StandardCharsets.UTF_8));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        int placements = 0;
        for (Sector s : sample.sectors()) {
            for (Evidence e : s.evidence()) {
                checked++;
                if (!text.contains(normalise(e.quote()))) {
                    missing.add(e.id() + ": " + e.quote());
                }
            }
            String placedBy = s.placement().quote();
            if (placedBy != null) {
                placements++;
                if (!text.contains(normalise(placedBy))) {
                    missing.add(s.id() + " (placement): " + placedBy);
                }
            }
        }
        assertEquals(List.of(), missing, "quotes not found in the report");
        assertEquals(sample.evidenceCount(), checked);
        assertTrue(placements >= 1, "the placement quotes were checked too");
    }

    /** Whitespace runs become one space; typographic quotes and apostrophes become plain ones. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC)
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace("\u00AD", "");
        return n.replaceAll("\\s+", " ").trim();
    }

    @Test
    void theReportsPolicyOptionsAreAllThere() {
        String[][] required = {
            {"decoupl"}, {"invest", "u.s."}, {"rules"}, {"allies"}, {"screening"}, {"export controls"},
            {"wto"}, {"tpp"}, {"quadrant"}, {"talent", "exchanges"}, {"overreaction"}};
        for (String[] words : required) {
            boolean found = sample.options().stream().anyMatch(o -> {
                String name = o.name().toLowerCase(Locale.ROOT);
                for (String w : words) {
                    if (!name.contains(w)) {
                        return false;
                    }
                }
                return true;
            });
            assertTrue(found, "no option named with " + String.join(" + ", words));
        }
    }

    @Test
    void everyOptionIsScoredOnEveryCriterionWithAChapterCited() {
        assertTrue(sample.criteria().size() >= 5, "criteria: " + sample.criteria().size());
        assertEquals(1.0, sample.criteria().stream().mapToDouble(Criterion::weight).sum(), 1e-9);
        Pattern cites = Pattern.compile("(Ch\\.|Chapter) ?\\d+|Preface");
        for (PolicyOption o : sample.options()) {
            for (Criterion c : sample.criteria()) {
                Score s = o.score(c.id()).orElseThrow(() -> new AssertionError(o.id() + " not scored on " + c.id()));
                assertTrue(cites.matcher(s.rationale()).find(), o.id() + "/" + c.id() + ": " + s.rationale());
            }
        }
    }
}
