package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sectorscope.model.Project;

/**
 * Issue 16, "Bad input": sector names in right-to-left scripts and emoji, with {@code <}, {@code &} and
 * {@code ]]>}, names of 200 characters (the model's most), and a title of 2,000 characters give a valid
 * file in every format: each XML part parses, a PDF loads, a PNG decodes, a text format is valid UTF-8.
 */
class HostileTextExportTest {
    @ParameterizedTest
    @EnumSource(ExportRequest.Format.class)
    void everyFormatGivesAValidFile(ExportRequest.Format format) throws Exception {
        Project p = ExportFixtures.hostile();
        byte[] file = ExportFixtures.bytes(p, ExportFixtures.hostileRequest(p, format));
        assertTrue(file.length > 0, format.toString());
        switch (format) {
            case PNG -> assertNotNull(ExportFixtures.image(file), "a PNG that decodes");
            case SVG -> parse(file);
            case PDF, DECK_PDF -> {
                try (PDDocument doc = Loader.loadPDF(file)) {
                    assertTrue(doc.getNumberOfPages() >= 1);
                }
            }
            case PPTX, PPTX_PICTURE, XLSX, DECK -> {
                Map<String, String> parts = ExportFixtures.xmlParts(file);
                assertTrue(parts.size() > 5, parts.keySet().toString());
                for (Map.Entry<String, String> part : parts.entrySet()) {
                    try {
                        parse(part.getValue().getBytes(StandardCharsets.UTF_8));
                    } catch (Exception e) {
                        throw new AssertionError(format + " part " + part.getKey() + " is not well-formed", e);
                    }
                }
            }
            case MD, MERMAID, CSV_OPTIONS, CSV_EVIDENCE -> {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
                assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'),
                        "no control characters in " + format);
                if (format == ExportRequest.Format.MD) {
                    assertTrue(text.contains(ExportFixtures.HOSTILE_NAMES.get(0)), "the Hebrew name in the memo");
                }
            }
        }
    }

    private static void parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertEquals(1, f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getChildNodes().getLength());
    }
}
