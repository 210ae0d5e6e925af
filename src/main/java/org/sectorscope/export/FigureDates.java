package org.sectorscope.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way a date is written on a figure and in the fields that set it: "2 December 2026", in
 * English like the rest of the figure, so the export dialog shows what the figure will print.
 */
public final class FigureDates {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** What a person may type back: the written form, its short month, or an ISO date; any case. */
    private static final List<DateTimeFormatter> READ = List.of(
            insensitive("d MMMM uuuu"), insensitive("d MMM uuuu"), DateTimeFormatter.ISO_LOCAL_DATE)
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    private FigureDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : WRITTEN.format(date);
    }

    /** The date in {@code text}; empty for blank text or text that is no date in a form above. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter f : READ) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter insensitive(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
