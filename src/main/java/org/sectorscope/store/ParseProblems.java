package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Collection;
import java.util.Locale;

/** What the reader says of a document the parser or the mapper refused: in the user's words, not Jackson's. */
final class ParseProblems {
    private ParseProblems() {
    }

    /** Jackson's first message line, without the source excerpts it appends. */
    static String syntaxProblem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return limitProblem(e.getOriginalMessage());
        }
        if (e instanceof UnknownContent.Exceeded x) {
            return x.problem();
        }
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return "is not valid JSON";
        }
        int nl = msg.indexOf('\n');
        String first = nl < 0 ? msg : msg.substring(0, nl);
        int marker = first.indexOf(" (start marker at");
        if (marker > 0) {
            first = first.substring(0, marker);
        }
        if (first.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (truncated?): the JSON document is not complete";
        }
        return "invalid JSON: " + first;
    }

    static String limitProblem(String msg) {
        String m = msg == null ? "" : msg.toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "the JSON is nested more than " + ProjectFormat.MAX_NESTING_DEPTH + " levels deep";
        }
        if (m.contains("string value length")) {
            return String.format(Locale.ROOT, "a text value is longer than %,d characters",
                    ProjectFormat.MAX_STRING_LENGTH);
        }
        if (m.contains("number value length")) {
            return "a number has too many digits";
        }
        if (m.contains("token count")) {
            return ProjectLimits.TOO_MANY_TOKENS;
        }
        return "the file exceeds a size limit of the format";
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return sb.length() == 0 ? "the document" : sb.toString();
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
