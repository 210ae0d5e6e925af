package org.sectorscope.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectReader;
import org.sectorscope.store.RegularFiles;

/**
 * The project carried inside an exported PowerPoint or Excel file (issue 16, point 5): a custom XML part
 * ({@code /customXml/itemN.xml}, related from the presentation or workbook part), the kind of part Office
 * keeps when it saves a file, holding the same {@code <sectorscope:project>} element an SVG carries
 * ({@link SvgProjectMetadata}: canonical JSON, deflated and base64-encoded).
 *
 * <p>Reading looks only at the package's directory and at custom XML parts, through the SVG's bounded
 * scan: at most {@link #MAX_PARTS} parts, each read no further than {@link SvgProjectMetadata#MAX_SCAN}
 * bytes, so a zip bomb or a file of many parts costs bounded time and memory.
 */
public final class OfficeProjectPart {
    /** ECMA-376's relationship from a document to a custom XML data part. */
    static final String CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    /** Custom XML parts looked into before giving up: Office files hold a handful. */
    static final int MAX_PARTS = 64;

    private OfficeProjectPart() {
    }

    /** Whether {@code file} is named as a PowerPoint or Excel file (any case). */
    static boolean isOfficeFile(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pptx") || n.endsWith(".xlsx");
    }

    /** Adds {@code json} to {@code document} as a custom XML part of its main part. */
    static void embed(POIXMLDocument document, byte[] json) throws IOException {
        OPCPackage pkg = document.getPackage();
        try {
            PackagePartName name = freeName(pkg);
            PackagePart part = pkg.createPart(name, "application/xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + SvgProjectMetadata.projectElement(json)).getBytes(StandardCharsets.UTF_8));
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, CUSTOM_XML);
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the project to the file (" + e.getMessage() + ")", e);
        }
    }

    private static PackagePartName freeName(OPCPackage pkg) throws InvalidFormatException {
        for (int n = 1; ; n++) {
            PackagePartName name = PackagingURIHelper.createPartName("/customXml/item" + n + ".xml");
            if (!pkg.containPart(name)) {
                return name;
            }
        }
    }

    /**
     * The project the file carries, or empty when it carries none.
     *
     * @throws ProjectFileException naming the file, when it is not a regular file, not a zip package, or
     *         carries a damaged, too large or invalid project
     */
    public static Optional<Project> read(Path file) throws ProjectFileException {
        RegularFiles.requireRegular(file, "a PowerPoint or Excel file");
        String name = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int looked = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                String entry = e.getName();
                if (!entry.startsWith("customXml/item") || !entry.endsWith(".xml") || entry.contains("Props")) {
                    continue;
                }
                if (++looked > MAX_PARTS) {
                    break;
                }
                try (InputStream in = new BufferedInputStream(zip.getInputStream(e))) {
                    Optional<byte[]> json = SvgProjectMetadata.json(in, name);
                    if (json.isPresent()) {
                        return Optional.of(ProjectReader.parse(json.get(), name + " (embedded project)"));
                    }
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            throw new ProjectFileException(file, "is not a PowerPoint or Excel file (not a zip package: "
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
