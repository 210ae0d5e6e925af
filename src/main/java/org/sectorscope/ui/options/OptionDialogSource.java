package org.sectorscope.ui.options;

/** An entry of the option dialog's source list; {@code id} null is "no source". */
public record OptionDialogSource(String id, String label) {
    public static final OptionDialogSource NONE = new OptionDialogSource(null, "(none)");

    @Override
    public String toString() {
        return label;
    }
}
