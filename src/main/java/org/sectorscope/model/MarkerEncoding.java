package org.sectorscope.model;

/**
 * What a sector's marker says beyond its driver's shape: its colour from the driver (the default) or
 * from a text {@link CustomField}, its size fixed (the default) or from a number field. Fields are named
 * by id; null means the default (a blank id is read as null). A field that is gone or of the other kind
 * is refused by store.ProjectIntegrity on reading, and drawn as the default meanwhile (a field removed
 * while the project is open), so an encoding never makes a figure fail.
 *
 * @param colorBy the id of a text field whose values colour the markers, or null for the driver's colour
 * @param sizeBy  the id of a number field whose values size the markers, or null for one size
 */
public record MarkerEncoding(String colorBy, String sizeBy, Extras extras) {
    /** Colour by driver, one size: how figures have always been drawn. */
    public static final MarkerEncoding DEFAULT = new MarkerEncoding(null, null);

    public MarkerEncoding {
        colorBy = id(colorBy);
        sizeBy = id(sizeBy);
        extras = extras == null ? Extras.NONE : extras;
    }

    public MarkerEncoding(String colorBy, String sizeBy) {
        this(colorBy, sizeBy, Extras.NONE);
    }

    private static String id(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return Ids.require(id, "field");
    }

    /** Colour by driver, one size, and nothing unknown kept: what the file leaves out. */
    public boolean isDefault() {
        return colorBy == null && sizeBy == null && extras.isEmpty();
    }

    public MarkerEncoding withColorBy(String fieldId) {
        return new MarkerEncoding(fieldId, sizeBy, extras);
    }

    public MarkerEncoding withSizeBy(String fieldId) {
        return new MarkerEncoding(colorBy, fieldId, extras);
    }
}
