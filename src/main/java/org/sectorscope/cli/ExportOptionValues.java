package org.sectorscope.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.export.SizePreset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The words {@code export}'s options take, turned into values; a word that is none of them is refused in
 * our words ({@link UsageErrors} prints a refusal's message as it is). Words are read in any case.
 */
final class ExportOptionValues {
    private ExportOptionValues() {
    }

    static final String SIZES = "slide-16x9, slide-4x3, a4-portrait, a4-landscape, letter-portrait,"
            + " letter-landscape or WxH (such as 1600x900)";

    /** What follows "--x needs a value" for each option: the words it takes. */
    static String hint(String option) {
        return switch (option) {
            case "--format" -> " (png, svg, pdf, pptx, pptx-picture, xlsx, md, mermaid, csv or deck)";
            case "--scale" -> " (1 to 4)";
            case "--view" -> " (canvas or options)";
            case "--table" -> " (options or evidence)";
            case "--out" -> " (the file to write)";
            case "--background" -> " (white or transparent)";
            case "--page" -> " (fit, letter or a4)";
            case "--size" -> "; use " + SIZES;
            case "--dpi" -> " (" + ExportRequest.MIN_DPI + " to " + ExportRequest.MAX_DPI + ")";
            case "--embed" -> "; use full, figure-only, no-notes, no-paths or no-notes,no-paths";
            default -> "";
        };
    }

    static TypeConversionException needsAValue(String option) {
        return new TypeConversionException(option + " needs a value" + hint(option));
    }

    /** One of a few words, each standing for a value. */
    private abstract static class Choice<T> implements ITypeConverter<T> {
        private final String option;
        private final String noun;
        private final Map<String, T> values;
        private final String use;

        Choice(String option, String noun, Map<String, T> values, String use) {
            this.option = option;
            this.noun = noun;
            this.values = values;
            this.use = use;
        }

        @Override
        public T convert(String word) {
            if (word.isEmpty()) {
                throw needsAValue(option);
            }
            return Optional.ofNullable(values.get(word.toLowerCase(Locale.ROOT))).orElseThrow(
                    () -> new TypeConversionException("unknown " + noun + " '" + word + "'; use " + use));
        }
    }

    static final class Format extends Choice<ExportRequest.Format> {
        Format() {
            super("--format", "format", Map.of("png", ExportRequest.Format.PNG, "svg", ExportRequest.Format.SVG,
                    "pdf", ExportRequest.Format.PDF, "pptx", ExportRequest.Format.PPTX,
                    "pptx-picture", ExportRequest.Format.PPTX_PICTURE, "xlsx", ExportRequest.Format.XLSX,
                    "md", ExportRequest.Format.MD, "mermaid", ExportRequest.Format.MERMAID,
                    "csv", ExportRequest.Format.CSV_OPTIONS, "deck", ExportRequest.Format.DECK),
                    "png, svg, pdf, pptx, pptx-picture, xlsx, md, mermaid, csv or deck");
        }
    }

    static final class View extends Choice<ExportRequest.View> {
        View() {
            super("--view", "view", Map.of("canvas", ExportRequest.View.CANVAS, "options", ExportRequest.View.OPTIONS),
                    "canvas or options");
        }
    }

    /** {@code --table}: which table a CSV holds, as the format that writes it. */
    static final class Table extends Choice<ExportRequest.Format> {
        Table() {
            super("--table", "table", Map.of("options", ExportRequest.Format.CSV_OPTIONS,
                    "evidence", ExportRequest.Format.CSV_EVIDENCE), "options or evidence");
        }
    }

    static final class Background extends Choice<ExportRequest.Background> {
        Background() {
            super("--background", "background", Map.of("white", ExportRequest.Background.WHITE,
                    "transparent", ExportRequest.Background.TRANSPARENT), "white or transparent");
        }
    }

    static final class Page extends Choice<ExportRequest.Page> {
        Page() {
            super("--page", "page", Map.of("fit", ExportRequest.Page.FIT, "letter", ExportRequest.Page.LETTER_LANDSCAPE,
                    "a4", ExportRequest.Page.A4_LANDSCAPE), "fit, letter or a4");
        }
    }

    /** A whole number from 1 to 4, written as one digit. */
    static final class Scale implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String word) {
            if (word.isEmpty()) {
                throw needsAValue("--scale");
            }
            if (!word.matches("[1-4]")) {
                throw new TypeConversionException("--scale must be a whole number from 1 to 4, found '" + word + "'");
            }
            return Integer.valueOf(word);
        }
    }

    /** How much of the project a PNG carries: "full", "figure-only", "no-notes,no-paths"... */
    static final class Embed implements ITypeConverter<ProjectEmbedding> {
        @Override
        public ProjectEmbedding convert(String words) {
            if (words.isEmpty()) {
                throw needsAValue("--embed");
            }
            return ProjectEmbedding.parse(words).orElseThrow(
                    () -> new TypeConversionException("unknown --embed '" + words + "'" + hint("--embed")));
        }
    }

    /** {@code --size}: a named preset, or CUSTOM with the width and height of "WxH". */
    record SizeChoice(SizePreset preset, int width, int height) {
    }

    /** A preset's word, or WxH with each side {@link ExportRequest#MIN_SIZE} to {@link ExportRequest#MAX_SIZE}. */
    static final class Size implements ITypeConverter<SizeChoice> {
        @Override
        public SizeChoice convert(String word) {
            if (word.isEmpty()) {
                throw needsAValue("--size");
            }
            Optional<SizePreset> preset = SizePreset.ofWord(word);
            if (preset.isPresent()) {
                return new SizeChoice(preset.get(), 0, 0);
            }
            if (!word.matches("[0-9]{1,5}[xX][0-9]{1,5}")) {
                throw new TypeConversionException("unknown --size '" + word + "'; use " + SIZES);
            }
            String[] sides = word.toLowerCase(Locale.ROOT).split("x");
            int w = Integer.parseInt(sides[0]);
            int h = Integer.parseInt(sides[1]);
            if (Math.min(w, h) < ExportRequest.MIN_SIZE || Math.max(w, h) > ExportRequest.MAX_SIZE) {
                throw new TypeConversionException("--size " + word + ": each side must be " + ExportRequest.MIN_SIZE
                        + " to " + ExportRequest.MAX_SIZE);
            }
            return new SizeChoice(SizePreset.CUSTOM, w, h);
        }
    }

    /** A whole number of pixels per inch, {@link ExportRequest#MIN_DPI} to {@link ExportRequest#MAX_DPI}. */
    static final class Dpi implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String word) {
            if (word.isEmpty()) {
                throw needsAValue("--dpi");
            }
            int dpi = word.matches("[0-9]{1,4}") ? Integer.parseInt(word) : -1;
            if (dpi < ExportRequest.MIN_DPI || dpi > ExportRequest.MAX_DPI) {
                throw new TypeConversionException("--dpi must be a whole number from " + ExportRequest.MIN_DPI
                        + " to " + ExportRequest.MAX_DPI + ", found '" + word + "'");
            }
            return dpi;
        }
    }
}
