package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.Axis;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;
import org.sectorscope.model.Teamwork;

/**
 * How much of a project is fields this version does not know ({@link Extras}). They stay in memory for
 * the whole session and are written back with every save, so the reader refuses a file with more than
 * {@link ProjectFormat#MAX_UNKNOWN_VALUES} values or {@link ProjectFormat#MAX_UNKNOWN_CHARACTERS}
 * characters of them, and a save checks the same before writing. Every value counts one (an object, a
 * list, a text, a number...); characters are those of keys and texts.
 *
 * <p>The reader counts while it reads ({@link Deserializer}, on every object's unknown keys), so a file
 * is refused as soon as it passes a limit rather than after all of it is copied into the model.
 */
record UnknownContent(long values, long characters) {

    /** The unknown content of every part of {@code project}. */
    static UnknownContent of(Project project) {
        Counter c = new Counter();
        c.add(project.extras());
        c.add(project.info().extras());
        c.add(project.framework().extras());
        c.add(project.markerEncoding().extras());
        c.add(project.deck().extras());
        for (Axis axis : List.of(project.framework().xAxis(), project.framework().yAxis())) {
            c.add(axis.extras());
        }
        for (Quadrant q : project.framework().quadrants()) {
            c.add(q.extras());
        }
        for (Source s : project.sources()) {
            c.add(s.extras());
        }
        for (Sector s : project.sectors()) {
            c.add(s.extras());
            c.add(s.positionExtras());
            c.add(s.placement().extras());
            for (Evidence e : s.evidence()) {
                c.add(e.extras());
            }
            for (PlacementChange h : s.history()) {
                c.add(h.extras());
            }
        }
        for (Criterion cr : project.criteria()) {
            c.add(cr.extras());
        }
        for (PolicyOption o : project.options()) {
            c.add(o.extras());
            c.add(o.targets().extras());
            for (Score s : o.scores()) {
                c.add(s.extras());
            }
        }
        teamwork(project.teamwork(), c);
        return new UnknownContent(c.values, c.characters);
    }

    private static void teamwork(Teamwork t, Counter c) {
        for (Edition e : t.editions()) {
            c.add(e.extras());
            e.sectors().forEach(s -> {
                c.add(s.extras());
                c.add(s.positionExtras());
            });
            e.scores().forEach(s -> c.add(s.extras()));
        }
        for (AnalystLayer a : t.analysts()) {
            c.add(a.extras());
            a.placements().forEach(pl -> {
                c.add(pl.extras());
                c.add(pl.positionExtras());
            });
        }
        t.comments().forEach(x -> c.add(x.extras()));
        t.conflicts().forEach(x -> c.add(x.extras()));
    }

    /** What is over a limit, worded as the rest of a "FILE ..." message; null when within both. */
    String problem() {
        if (values > ProjectFormat.MAX_UNKNOWN_VALUES) {
            return String.format(Locale.ROOT, "holds %,d values in fields this version of Sectorscope does not know;"
                    + " at most %,d are kept", values, ProjectFormat.MAX_UNKNOWN_VALUES);
        }
        if (characters > ProjectFormat.MAX_UNKNOWN_CHARACTERS) {
            return String.format(Locale.ROOT, "holds %,d characters in fields this version of Sectorscope does not"
                    + " know; at most %,d are kept", characters, ProjectFormat.MAX_UNKNOWN_CHARACTERS);
        }
        return null;
    }

    /** A file's unknown content passed a limit; the reader words it as the file's problem. */
    static final class Exceeded extends JsonMappingException {
        private static final long serialVersionUID = 1L;
        private final String problem;

        Exceeded(JsonParser p, String problem) {
            super(p, problem);
            this.problem = problem;
        }

        String problem() {
            return problem;
        }
    }

    /**
     * Reads one unknown value as plain Java values (as Jackson's untyped reading does) and counts it,
     * with its key, against the budget of the read in progress, kept in the read's own attributes.
     */
    static final class Deserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;
        private static final Object BUDGET = Deserializer.class;

        Deserializer() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String key = p.currentName();
            Object value = ctxt.readValue(p, Object.class);
            count(p, ctxt, key, value);
            return value;
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            try {
                count(ctxt.getParser(), ctxt, ctxt.getParser().currentName(), null);
            } catch (JsonMappingException e) {
                throw e;
            } catch (IOException e) {
                throw JsonMappingException.fromUnexpectedIOE(e);
            }
            return null;
        }

        private static void count(JsonParser p, DeserializationContext ctxt, String key, Object value)
                throws IOException {
            Counter budget = (Counter) ctxt.getAttribute(BUDGET);
            if (budget == null) {
                budget = new Counter();
                ctxt.setAttribute(BUDGET, budget);
            }
            budget.characters += key == null ? 0 : key.length();
            budget.addValue(value);
            String problem = new UnknownContent(budget.values, budget.characters).problem();
            if (problem != null) {
                throw new Exceeded(p, problem);
            }
        }
    }

    private static final class Counter {
        long values;
        long characters;

        void add(Extras extras) {
            if (extras != null) {
                addMap(extras.fields());
            }
        }

        private void addMap(Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                characters += String.valueOf(e.getKey()).length();
                addValue(e.getValue());
            }
        }

        /** Nesting is bounded by the reader (64 levels), so recursion is safe here. */
        private void addValue(Object v) {
            values++;
            if (v instanceof Map<?, ?> m) {
                addMap(m);
            } else if (v instanceof List<?> l) {
                l.forEach(this::addValue);
            } else if (v instanceof CharSequence s) {
                characters += s.length();
            }
        }
    }
}
