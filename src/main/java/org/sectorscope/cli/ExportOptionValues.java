package org.sectorscope.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ProjectEmbedding;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The words {@code export}'s options take, turned into values; a word that is none of them is refused in
 * our words ({@link UsageErrors} prints a refusal's message as it is). Words are read in any case.
 */
final class ExportOptionValues {
    private ExportOptionValues() {
    }

    /** What follows "--x needs a value" for each option: the words it takes. */
    static String hint(String option) {
        return switch (option) {
            case "--format" -> " (png, svg, pdf, pptx, xlsx or md)";
            case "--scale" -> " (1 to 4)";
            case "--view" -> " (canvas or options)";
            case "--out" -> " (the file to write)";
            case "--background" -> " (white or transparent)";
            case "--page" -> " (fit, letter or a4)";
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
                    "pdf", ExportRequest.Format.PDF, "pptx", ExportRequest.Format.PPTX, "xlsx", ExportRequest.Format.XLSX,
                    "md", ExportRequest.Format.MD), "png, svg, pdf, pptx, xlsx or md");
        }
    }

    static final class View extends Choice<ExportRequest.View> {
        View() {
            super("--view", "view", Map.of("canvas", ExportRequest.View.CANVAS, "options", ExportRequest.View.OPTIONS),
                    "canvas or options");
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
}
