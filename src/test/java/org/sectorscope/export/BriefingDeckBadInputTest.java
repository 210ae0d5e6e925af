package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;
import org.w3c.dom.Document;

/**
 * Hostile texts make a valid deck: the longest name the model takes (a 2,000-character one is cut to it),
 * right-to-left and emoji text, {@code < & ]]>} and, in the request's title, characters XML forbids. Every
 * XML part of the PPTX parses and holds no forbidden character; the PDF opens and shows the texts.
 */
class BriefingDeckBadInputTest {
    private static final String MIXED = "\u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u05E2\u05D1\u05E8\u05D9\u05EA"
            + " \uD83D\uDE80 <b>&amp; ]]> ";
    /** What the model keeps of a 2,000-character name: its limit, cut with an ellipsis. */
    static final String LONG_NAME = TextLimit.NAME.fit(("Sector " + MIXED).repeat(100).substring(0, 2000));

    static Project hostile() throws Exception {
        Project p = ExportFixtures.sample();
        List<Sector> sectors = new ArrayList<>(p.sectors());
        Sector first = sectors.get(0);
        Placement pl = first.placement();
        String prose = (MIXED + "word ").repeat(80).substring(0, 2000);
        List<Evidence> evidence = new ArrayList<>(first.evidence());
        evidence.add(0, new Evidence("ev-hostile", prose, null, first.evidence().get(0).sourceId(), "<12>",
                Reliability.A, 1, Bearing.NONE, List.of(), null, Extras.NONE));
        evidence.add(1, new Evidence("ev-hostile-note", null, "]]> <note/>", null, null, Reliability.A, 1,
                Bearing.NONE, List.of(), null, Extras.NONE));
        sectors.set(0, first.withName(LONG_NAME).withEvidence(evidence)
                .withPlacement(new Placement(pl.basis(), pl.sourceId(), pl.locator(), pl.quote(), prose, pl.extras())));
        List<PolicyOption> options = new ArrayList<>(p.options());
        PolicyOption o = options.get(0);
        options.set(0, new PolicyOption(o.id(), "Option " + MIXED, o.description(), o.sourceId(), o.targets(),
                o.intendedEffect(), o.scores(), o.extras()));
        List<Criterion> criteria = new ArrayList<>(p.criteria());
        Criterion c = criteria.get(0);
        criteria.set(0, new Criterion(c.id(), "Criterion " + MIXED, c.description(), c.weight(), c.extras()));
        return p.withSectors(sectors).withOptions(options).withCriteria(criteria);
    }

    private static ExportRequest odd(Project p, ExportRequest.Format format) {
        return ExportFixtures.request(p, format).withTitle("Title " + ExportXmlSafetyTest.ODD);
    }

    @Test
    void everyXmlPartOfThePptxDeckParsesWithTheTextsInIt() throws Exception {
        Project p = hostile();
        Map<String, String> parts = ExportFixtures.xmlParts(ExportFixtures.bytes(p, odd(p,
                ExportRequest.Format.DECK)));
        assertTrue(parts.keySet().stream().filter(k -> k.matches("ppt/slides/slide\\d+\\.xml")).count() > 10);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            ExportXmlSafetyTest.assertNothingForbidden(part.getValue());
            Document doc = ExportXmlSafetyTest.parse(part.getValue().getBytes(StandardCharsets.UTF_8));
            text.append(doc.getDocumentElement().getTextContent()).append('\n');
        }
        String all = text.toString();
        assertTrue(parts.get("ppt/slides/slide2.xml").contains("Title " + ExportXmlSafetyTest.SHOWN),
                "the figure slide's title");
        assertTrue(parts.get("docProps/core.xml").contains("Title " + ExportXmlSafetyTest.SHOWN));
        assertTrue(all.contains(LONG_NAME.substring(0, 60)), "the long name, as text");
        assertTrue(all.contains("Option " + MIXED.strip()), "right-to-left, emoji and markup kept as text");
        assertTrue(all.contains("]]> <note/>"));
    }

    @Test
    void thePdfDeckOpensWithTheTextsInIt() throws Exception {
        Project p = hostile();
        byte[] pdf = ExportFixtures.bytes(p, odd(p, ExportRequest.Format.DECK_PDF));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Title " + ExportXmlSafetyTest.SHOWN, doc.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("<b>&amp; ]]>"), "markup is text");
            assertTrue(text.contains("Sector"), text.substring(0, 200));
            assertEquals(BriefingDeckPptxTest.laidOutTitles(p, odd(p, ExportRequest.Format.DECK_PDF)).size(),
                    doc.getNumberOfPages());
        }
    }
}
