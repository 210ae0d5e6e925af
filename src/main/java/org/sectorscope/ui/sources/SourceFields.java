package org.sectorscope.ui.sources;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sectorscope.model.Source;
import org.sectorscope.model.TextLimit;

/**
 * The Sources dialog's form: one text per field of a source, filled from the model's copy and read back
 * into an edited copy. A field whose text is still what was loaded keeps the model's value exactly, so
 * leaving an untouched field changes nothing. {@link SourcesDialogViewModel} hands the properties out.
 */
final class SourceFields {
    final StringProperty author = new SimpleStringProperty(this, "author", "");
    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final StringProperty chapter = new SimpleStringProperty(this, "chapter", "");
    final StringProperty pages = new SimpleStringProperty(this, "pages", "");
    final StringProperty container = new SimpleStringProperty(this, "container", "");
    final StringProperty publisher = new SimpleStringProperty(this, "publisher", "");
    final StringProperty date = new SimpleStringProperty(this, "date", "");
    final StringProperty url = new SimpleStringProperty(this, "url", "");
    final StringProperty file = new SimpleStringProperty(this, "file", "");

    /** Shows {@code s}, or empty fields for null. */
    void show(Source s) {
        if (s == null) {
            for (StringProperty f : List.of(author, title, chapter, pages, container, publisher, date, url, file)) {
                f.set("");
            }
            return;
        }
        author.set(s.author());
        title.set(s.title());
        chapter.set(shown(s.chapter()));
        pages.set(shown(s.pages()));
        container.set(shown(s.container()));
        publisher.set(shown(s.publisher()));
        date.set(shown(s.date()));
        url.set(shown(s.url()));
        file.set(shown(s.file()));
    }

    /** {@code s} as the fields now say it. */
    Source edited(Source s) {
        return new Source(s.id(), required(author, s.author()), required(title, s.title()),
                optional(container, s.container()), optional(publisher, s.publisher()), optional(date, s.date()),
                optional(url, s.url()), optional(chapter, s.chapter()), optional(pages, s.pages()),
                optional(file, s.file()), s.extras());
    }

    private static String shown(String value) {
        return value == null ? "" : value;
    }

    /** The field's text, stripped, unless it still shows {@code model} exactly. */
    private static String required(StringProperty field, String model) {
        String text = field.get() == null ? "" : field.get();
        return text.equals(shown(model)) ? model : TextLimit.LINE.fit(text.strip());
    }

    private static String optional(StringProperty field, String model) {
        String text = required(field, model);
        return text == null || text.isBlank() ? null : text;
    }
}
