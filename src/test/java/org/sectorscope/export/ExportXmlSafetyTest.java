package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.w3c.dom.Document;

/**
 * Issue 12, point 13, in depth: characters XML 1.0 forbids never reach an SVG, a PPTX part or a PDF
 * string, whatever the texts handed to the exporters hold; each shows as U+FFFD.
 */
class ExportXmlSafetyTest {
    /** U+0001, U+FFFE, U+FFFF and a lone high surrogate, between letters. */
    static final String ODD = "A\u0001B\uFFFEC\uFFFFD\uD800E";
    static final String SHOWN = "A\uFFFDB\uFFFDC\uFFFDD\uFFFDE";

    @Test
    void theExportersCleaningReplacesEachForbiddenCharacter() {
        assertEquals(SHOWN, Typesetter.clean(ODD));
        assertEquals(SHOWN, Typesetter.safe(ODD));
        assertEquals("\uD83D\uDE00 \uFFFD", Typesetter.clean("\uD83D\uDE00 \uDC00"), "a valid pair kept, a lone half not");
        assertEquals(List.of("Title " + SHOWN), Typesetter.wrap("Title " + ODD, ExportFonts.bold(22), 800, 2));
        assertEquals("Title " + SHOWN, Typesetter.ellipsize(Typesetter.clean("Title " + ODD), ExportFonts.bold(22), 800));
    }

    @Test
    void anSvgIsWellFormedWithTheReplacementWhereTheCharactersWere() throws Exception {
        Project p = withOddSectorName(ExportFixtures.small());
        byte[] svg = ExportFixtures.bytes(p, oddRequest(p, ExportRequest.Format.SVG));
        assertNothingForbidden(new String(svg, StandardCharsets.UTF_8));
        Document doc = parse(svg);
        assertEquals("Title " + SHOWN,
                doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Title " + SHOWN), text);
        assertTrue(text.contains("Subtitle " + SHOWN), text);
        if (!p.sectors().get(0).name().equals(ExportFixtures.small().sectors().get(0).name())) {
            assertTrue(text.replaceAll("\\s+", "").contains("Sector" + SHOWN), text);
        }
    }

    @Test
    void everyPartOfAPptxIsWellFormedWithTheReplacementWhereTheCharactersWere() throws Exception {
        Project p = withOddSectorName(ExportFixtures.small());
        Map<String, String> parts = ExportFixtures.xmlParts(ExportFixtures.bytes(p, oddRequest(p, ExportRequest.Format.PPTX)));
        assertTrue(parts.size() > 10, parts.keySet().toString());
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            assertNothingForbidden(part.getValue());
            Document doc = parse(part.getValue().getBytes(StandardCharsets.UTF_8)); // fails on a malformed part
            all.append(doc.getDocumentElement().getTextContent()).append('\n');
        }
        assertTrue(parts.get("ppt/slides/slide1.xml").contains("Title " + SHOWN), "the slide's title");
        assertTrue(parts.get("docProps/core.xml").contains("Title " + SHOWN), "the document's title");
        String notes = parts.entrySet().stream().filter(e -> e.getKey().startsWith("ppt/notesSlides/"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertTrue(notes.contains("Title " + SHOWN + ": Subtitle " + SHOWN), notes);
        assertTrue(parts.get("ppt/slides/slide1.xml").contains("Subtitle " + SHOWN), "the picture's description");
    }

    @Test
    void aPdfsTitleAndSubjectHoldTheReplacement() throws Exception {
        Project p = withOddSectorName(ExportFixtures.small());
        byte[] pdf = ExportFixtures.bytes(p, oddRequest(p, ExportRequest.Format.PDF));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Title " + SHOWN, doc.getDocumentInformation().getTitle());
            assertEquals("Subtitle " + SHOWN, doc.getDocumentInformation().getSubject());
        }
    }

    private static ExportRequest oddRequest(Project p, ExportRequest.Format format) {
        return ExportFixtures.request(p, format).withTitle("Title " + ODD).withSubtitle("Subtitle " + ODD);
    }

    /**
     * The project with its first sector named with the odd characters, where the model still takes such a
     * name; the project itself where it refuses it (the request's title and subtitle carry them anyway).
     */
    private static Project withOddSectorName(Project p) {
        try {
            List<Sector> sectors = new ArrayList<>(p.sectors());
            sectors.set(0, sectors.get(0).withName("Sector " + ODD));
            return p.withSectors(sectors);
        } catch (IllegalArgumentException refused) {
            return p;
        }
    }

    static void assertNothingForbidden(String xml) {
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < xml.length()
                    && Character.isLowSurrogate(xml.charAt(i + 1));
            if (pair) {
                i++;
                continue;
            }
            boolean forbidden = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                    || c == '\uFFFE' || c == '\uFFFF';
            assertTrue(!forbidden, "U+" + Integer.toHexString(c) + " at " + i);
        }
        assertTrue(!xml.contains("&#1;") && !xml.contains("&#x1;") && !xml.toLowerCase().contains("&#xfff"),
                "nor written as a character reference");
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
