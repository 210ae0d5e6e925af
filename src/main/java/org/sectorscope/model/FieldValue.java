package org.sectorscope.model;

/**
 * A sector's value for one {@link CustomField}: a finite number or a one-line text, exactly one of the
 * two. Not-a-number and infinity are refused, since no file format or export can say them.
 */
public record FieldValue(Double number, String text) {
    public FieldValue {
        if ((number == null) == (text == null)) {
            throw new IllegalArgumentException("a field value is a number or a text, not both or neither");
        }
        if (number != null && !Double.isFinite(number)) {
            throw new IllegalArgumentException("a field's number must be finite, found " + number);
        }
        if (text != null) {
            TextLimit.LINE.require(text, "a field's text");
        }
    }

    public static FieldValue of(double number) {
        return new FieldValue(number, null);
    }

    public static FieldValue of(String text) {
        return new FieldValue(null, text);
    }

    public boolean isNumber() {
        return number != null;
    }
}
