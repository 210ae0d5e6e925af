package org.sectorscope.export;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectReader;
import org.sectorscope.store.RegularFiles;

/**
 * The project carried inside an exported SVG, as {@link PngProjectChunk} carries it in a PNG: the same
 * canonical JSON, deflated and base64-encoded (so it is XML-safe whatever the project holds) in
 * {@code <metadata><sectorscope:project xmlns:sectorscope="}{@value #NAMESPACE}{@code "
 * encoding="deflate+base64">...</sectorscope:project></metadata>}. Renderers ignore {@code <metadata>}.
 *
 * <p>Reading is a bounded byte scan, not an XML parser: it never resolves a DTD or entity (a file with a
 * {@code <!DOCTYPE} or {@code <!ENTITY} before the element is refused), stops after {@link #MAX_SCAN}
 * bytes, and inflates at most {@link PngProjectChunk#MAX_BYTES}. It accepts only the exact form written
 * here; an SVG edited in a drawing program may lose it and then gives {@link Optional#empty()}.
 */
public final class SvgProjectMetadata {
    /** The app's own namespace; nothing is ever fetched from it. */
    public static final String NAMESPACE = "https://sectorscope.example/ns/project";
    static final String ENCODING = "deflate+base64";
    private static final String OPEN = "<sectorscope:project";
    private static final String CLOSE = "</sectorscope:project>";
    /** Base64 of the largest allowed compressed project, plus the figure drawn before it (it comes first). */
    static final long MAX_SCAN = PngProjectChunk.MAX_BYTES / 3 * 4 + 16L * 1024 * 1024;

    private SvgProjectMetadata() {
    }

    /** The {@code <metadata>} element carrying {@code json}. */
    static String element(byte[] json) {
        return "<metadata>" + projectElement(json) + "</metadata>";
    }

    /** The {@code <sectorscope:project>} element carrying {@code json}; an Office file's custom XML part holds it too. */
    static String projectElement(byte[] json) {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(json.length / 4 + 64);
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            z.write(json);
        } catch (IOException e) {
            throw new IllegalStateException("unreachable: writing to memory", e);
        }
        return OPEN + " xmlns:sectorscope=\"" + NAMESPACE + "\" encoding=\"" + ENCODING + "\">"
                + Base64.getEncoder().encodeToString(deflated.toByteArray()) + CLOSE;
    }

    /** The SVG document with the project's metadata placed right after the {@code <svg>} start tag's title. */
    static String embed(String svg, byte[] json) {
        int svgTag = svg.indexOf("<svg");
        int title = svg.indexOf("</title>", svgTag);
        int at = title >= 0 ? title + "</title>".length() : svg.indexOf('>', svgTag) + 1;
        if (svgTag < 0 || at <= 0) {
            throw new IllegalArgumentException("not an SVG document");
        }
        return svg.substring(0, at) + element(json) + svg.substring(at);
    }

    /**
     * The project embedded in the SVG file, or empty when it carries none.
     *
     * @throws ProjectFileException naming the file, when it cannot be read, has a DTD, or carries a
     *         damaged, foreign, too large or invalid project
     */
    public static Optional<Project> read(Path svg) throws ProjectFileException {
        String name = svg.toString();
        try (InputStream in = new BufferedInputStream(RegularFiles.open(svg, "an SVG image"))) {
            return read(in, name);
        } catch (IOException e) {
            throw new ProjectFileException(svg, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** As {@link #read(Path)}, for SVG bytes; {@code name} is used in messages. */
    public static Optional<Project> read(byte[] svg, String name) throws ProjectFileException {
        try {
            return read(new ByteArrayInputStream(svg), name);
        } catch (IOException e) {
            throw new ProjectFileException(name, "cannot be read (" + e.getMessage() + ")", -1, -1, e);
        }
    }

    private static Optional<Project> read(InputStream in, String name) throws IOException, ProjectFileException {
        Optional<byte[]> json = json(in, name);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProjectReader.parse(json.get(), name + " (embedded project)"));
    }

    static Optional<byte[]> json(InputStream in, String name) throws IOException, ProjectFileException {
        Scan scan = new Scan(in, name);
        if (!scan.skipTo(OPEN)) {
            return Optional.empty();
        }
        String tag = scan.startTag();
        if (!tag.contains(" xmlns:sectorscope=\"" + NAMESPACE + "\"")) {
            throw new ProjectFileException(name, "carries a sectorscope:project element that is not in Sectorscope's "
                    + "namespace (" + NAMESPACE + ")");
        }
        if (!tag.contains(" encoding=\"" + ENCODING + "\"")) {
            throw new ProjectFileException(name, "carries an embedded project in an unknown encoding (only "
                    + ENCODING + " is read)");
        }
        byte[] base64 = scan.textUntil(CLOSE);
        byte[] deflated;
        try {
            deflated = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw damaged(name, "it is not valid base64");
        }
        if (deflated.length > PngProjectChunk.MAX_BYTES) {
            throw tooLarge(name);
        }
        return Optional.of(PngProjectChunk.inflate(deflated, name));
    }

    static ProjectFileException damaged(String name, String why) {
        return new ProjectFileException(name, "carries a damaged embedded project (" + why + ")");
    }

    static ProjectFileException tooLarge(String name) {
        return new ProjectFileException(name, "carries an embedded project larger than "
                + PngProjectChunk.MAX_BYTES / 1048576 + " MB");
    }

    /** A forward-only byte scan that counts what it reads against {@link #MAX_SCAN}. */
    private static final class Scan {
        private final InputStream in;
        private final String name;
        private long read;

        Scan(InputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        private int next() throws IOException, ProjectFileException {
            if (++read > MAX_SCAN) {
                throw new ProjectFileException(name, "is too large to look for an embedded project in (more than "
                        + MAX_SCAN / 1048576 + " MB before it)");
            }
            return in.read();
        }

        /**
         * Reads past {@code marker}; false at the end of the file. A DTD or entity declaration on the way
         * is refused, since a file made to look like ours but resolved by another reader could differ.
         */
        boolean skipTo(String marker) throws IOException, ProjectFileException {
            byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
            byte[] doctype = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
            byte[] entity = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
            int im = 0;
            int id = 0;
            int ie = 0;
            for (int b = next(); b >= 0; b = next()) {
                im = advance(m, im, b);
                id = advance(doctype, id, b);
                ie = advance(entity, ie, b);
                if (id == doctype.length || ie == entity.length) {
                    throw new ProjectFileException(name, "has a DTD or entity declaration; such a file is not read "
                            + "for an embedded project");
                }
                if (im == m.length) {
                    return true;
                }
            }
            return false;
        }

        /** Matches {@code b} against {@code pattern} at {@code at}; the markers have no repeated prefix. */
        private static int advance(byte[] pattern, int at, int b) {
            if (pattern[at] == b) {
                return at + 1;
            }
            return pattern[0] == b ? 1 : 0;
        }

        /** The rest of the start tag, up to and including {@code >}. */
        String startTag() throws IOException, ProjectFileException {
            StringBuilder tag = new StringBuilder();
            for (int b = next(); b >= 0; b = next()) {
                tag.append((char) b);
                if (b == '>') {
                    return tag.toString();
                }
                if (tag.length() > 1024) {
                    break;
                }
            }
            throw damaged(name, "its start tag is cut short");
        }

        /**
         * The element's text up to {@code close}, which must follow it directly, without the XML white space
         * a pretty-printer may add; anything else is left to the strict base64 decoder to refuse.
         */
        byte[] textUntil(String close) throws IOException, ProjectFileException {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            for (int b = next(); b >= 0; b = next()) {
                if (b == '<') {
                    byte[] rest = in.readNBytes(close.length() - 1);
                    read += rest.length;
                    if (!("<" + new String(rest, StandardCharsets.US_ASCII)).equals(close)) {
                        throw damaged(name, "the element holds more than base64 text");
                    }
                    return text.toByteArray();
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    text.write(b);
                }
            }
            throw damaged(name, "the file ends inside it");
        }
    }
}
