package org.sectorscope.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's Markdown, read as far as the user guide needs it: headings, paragraphs, bullet lists,
 * tables and code, with bold, italic, code and links inside a line. Images and HTML comments are left out;
 * anything else is kept as text, so nothing the README says is lost.
 */
public final class GuideText {
    /** How a run of text inside a line is drawn. */
    public enum Style { PLAIN, STRONG, EMPHASIS, CODE }

    public record Span(String text, Style style) {
    }

    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Code {
    }

    public record Heading(int level, List<Span> text) implements Block {
    }

    public record Paragraph(List<Span> text) implements Block {
    }

    public record Bullets(List<List<Span>> items) implements Block {
    }

    public record Table(List<List<Span>> header, List<List<List<Span>>> rows) implements Block {
    }

    public record Code(String text) implements Block {
    }

    // `code`, **strong**, *emphasis*, [text](target)
    private static final Pattern INLINE = Pattern.compile(
            "`([^`]+)`|\\*\\*(.+?)\\*\\*|(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])|\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}(?:[-*+]|\\d+\\.)\\s+(.*)$");

    private GuideText() {
    }

    /**
     * The part of {@code markdown} from the heading {@code firstHeading} ("## Using the window") up to the
     * next heading of the same level or higher, as blocks; empty when there is no such heading.
     */
    public static List<Block> section(String markdown, String firstHeading) {
        List<String> lines = markdown.lines().toList();
        int level = firstHeading.indexOf(' ');
        int from = lines.indexOf(firstHeading);
        if (from < 0) {
            return List.of();
        }
        int to = from + 1;
        boolean inCode = false;
        for (; to < lines.size(); to++) {
            String line = lines.get(to);
            inCode ^= line.startsWith("```");
            Matcher h = HEADING.matcher(line);
            if (!inCode && h.matches() && h.group(1).length() <= level) {
                break;
            }
        }
        return parse(lines.subList(from, to));
    }

    /** The blocks of {@code lines} of Markdown. */
    public static List<Block> parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        List<String> bullets = new ArrayList<>();
        List<String> table = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.trim();
            boolean continuesBullet = !bullets.isEmpty() && !trimmed.isEmpty() && line.startsWith("  ")
                    && !BULLET.matcher(line).matches();
            if (continuesBullet) {
                int last = bullets.size() - 1;
                bullets.set(last, bullets.get(last) + " " + trimmed);
                continue;
            }
            boolean tableLine = trimmed.startsWith("|");
            if (!tableLine && !table.isEmpty()) {
                blocks.add(table(table));
                table.clear();
            }
            Matcher bullet = BULLET.matcher(line);
            if (!bullet.matches() && !bullets.isEmpty()) {
                blocks.add(new Bullets(bullets.stream().map(GuideText::spans).toList()));
                bullets.clear();
            }
            Matcher heading = HEADING.matcher(line);
            boolean ownBlock = trimmed.isEmpty() || tableLine || bullet.matches() || heading.matches()
                    || trimmed.startsWith("```") || trimmed.startsWith("<!--") || trimmed.startsWith("![");
            if (ownBlock && paragraph.length() > 0) {
                blocks.add(new Paragraph(spans(paragraph.toString())));
                paragraph.setLength(0);
            }
            if (trimmed.startsWith("```")) {
                StringBuilder code = new StringBuilder();
                while (++i < lines.size() && !lines.get(i).trim().startsWith("```")) {
                    code.append(code.length() == 0 ? "" : "\n").append(lines.get(i));
                }
                blocks.add(new Code(code.toString()));
            } else if (trimmed.startsWith("<!--")) {
                while (!lines.get(i).contains("-->") && i + 1 < lines.size()) {
                    i++;
                }
            } else if (heading.matches()) {
                blocks.add(new Heading(heading.group(1).length(), spans(heading.group(2))));
            } else if (tableLine) {
                table.add(trimmed);
            } else if (bullet.matches()) {
                bullets.add(bullet.group(1));
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("![")) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(trimmed);
            }
        }
        if (!table.isEmpty()) {
            blocks.add(table(table));
        }
        if (!bullets.isEmpty()) {
            blocks.add(new Bullets(bullets.stream().map(GuideText::spans).toList()));
        }
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(spans(paragraph.toString())));
        }
        return blocks;
    }

    /** A line's runs of text: code kept as it is, bold and italic marked, a link shown as its text. */
    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                spans.add(new Span(text.substring(at, m.start()), Style.PLAIN));
            }
            if (m.group(1) != null) {
                spans.add(new Span(m.group(1), Style.CODE));
            } else if (m.group(2) != null) {
                spans.add(new Span(m.group(2), Style.STRONG));
            } else if (m.group(3) != null) {
                spans.add(new Span(m.group(3), Style.EMPHASIS));
            } else {
                spans.add(new Span(m.group(4), Style.PLAIN));
            }
            at = m.end();
        }
        if (at < text.length()) {
            spans.add(new Span(text.substring(at), Style.PLAIN));
        }
        return spans;
    }

    private static Table table(List<String> lines) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = cells(line);
            if (!cells.stream().allMatch(c -> c.matches(":?-{3,}:?"))) {
                rows.add(cells.stream().map(GuideText::spans).toList());
            }
        }
        return rows.isEmpty() ? new Table(List.of(), List.of()) : new Table(rows.get(0), rows.subList(1, rows.size()));
    }

    /** The cells of a table row; a | inside `code` or escaped as \| stays in its cell. */
    static List<String> cells(String line) {
        String row = line.trim();
        row = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '`') {
                inCode = !inCode;
                cell.append(c);
            } else if (c == '|' && !inCode) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
