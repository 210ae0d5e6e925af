package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * The three-way merge of project files on ids (what {@code sectorscope merge} and git's merge driver
 * run). Each version is read strictly and converted to the current schema like any open, and written in
 * the canonical form, so only real changes differ; the trees are then merged by {@link TreeMerge}. What
 * both sides changed differently keeps ours and becomes a {@link MergeConflict} record in the project's
 * {@code conflicts}, never text markers: the result is always a valid project, read back through the
 * same reader before it is returned.
 */
public final class ProjectMerge {
    private static final ObjectReader TREE_READER = ProjectJson.MAPPER.reader()
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private ProjectMerge() {
    }

    /** The merged project and the conflicts this merge added (those already in either version are in the project too). */
    public record Result(Project project, List<MergeConflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    /**
     * Merges the files; an empty {@code base} (git passes one when the two sides share no ancestor) is
     * "no common version". Throws when a file cannot be read, the two sides are not versions of one
     * project, or the merged project would not be valid.
     */
    public static Result merge(Path base, Path ours, Path theirs) throws ProjectFileException {
        Project b = isEmptyFile(base) ? null : ProjectReader.read(base);
        return merge(b, ProjectReader.read(ours), ProjectReader.read(theirs), ours.toString(), theirs.toString());
    }

    /** Merges projects already read; {@code base} may be null. Names are used in messages. */
    public static Result merge(Project base, Project ours, Project theirs, String oursName, String theirsName)
            throws ProjectFileException {
        if (!related(ours, theirs)) {
            throw new ProjectFileException(theirsName, "is not a version of the same project as " + oursName
                    + " (no project id and no sector id in common); nothing was merged");
        }
        JsonNode b = base == null ? null : tree(base);
        JsonNode o = tree(ours);
        JsonNode t = tree(theirs);
        renameClashingConflicts(b, o, t);
        TreeMerge merge = new TreeMerge();
        ObjectNode merged = (ObjectNode) merge.merge(b, o, t);
        List<String> added = addConflicts(merged, merge.conflicts(), o, t, b);
        Project project = readBack(merged, oursName);
        List<MergeConflict> conflicts = project.teamwork().conflicts().stream()
                .filter(c -> added.contains(c.id())).toList();
        return new Result(project, conflicts);
    }

    /** Versions of one project share its id or, for copies started apart, at least one sector id. */
    static boolean related(Project a, Project b) {
        if (a.info().id().equals(b.info().id())) {
            return true;
        }
        Set<String> ids = new HashSet<>();
        a.sectors().forEach(s -> ids.add(s.id()));
        return b.sectors().stream().map(Sector::id).anyMatch(ids::contains);
    }

    /** The canonical form as a tree: what a save of this project would write. */
    static JsonNode tree(Project project) {
        try {
            return TREE_READER.readTree(ProjectWriter.toBytes(project));
        } catch (IOException e) {
            throw new IllegalStateException("the canonical form did not read back: " + e.getMessage(), e);
        }
    }

    /**
     * Two earlier merges on two branches may each have recorded a "conflict-1" about different things:
     * theirs is given a fresh id, so both records are kept rather than merged into a conflict about a conflict.
     */
    private static void renameClashingConflicts(JsonNode base, JsonNode ours, JsonNode theirs) {
        Set<String> inBase = conflictIds(base);
        Set<String> used = new HashSet<>(inBase);
        used.addAll(conflictIds(ours));
        used.addAll(conflictIds(theirs));
        JsonNode oursList = ours.path("conflicts");
        int n = 1;
        for (JsonNode c : theirs.path("conflicts")) {
            String id = c.path("id").asText();
            JsonNode same = null;
            for (JsonNode o : oursList) {
                if (id.equals(o.path("id").asText())) {
                    same = o;
                }
            }
            if (!inBase.contains(id) && same != null && !TreeMerge.same(same, c)) {
                while (used.contains("conflict-" + n)) {
                    n++;
                }
                used.add("conflict-" + n);
                ((ObjectNode) c).put("id", "conflict-" + n);
            }
        }
    }

    private static Set<String> conflictIds(JsonNode root) {
        Set<String> ids = new HashSet<>();
        if (root != null) {
            root.path("conflicts").forEach(c -> ids.add(c.path("id").asText()));
        }
        return ids;
    }

    /** Appends each conflict found as a record with a fresh id ("conflict-N"); returns the new ids. */
    private static List<String> addConflicts(ObjectNode merged, List<TreeMerge.Found> found, JsonNode... roots) {
        JsonNode existing = merged.get("conflicts");
        ArrayNode list = existing != null && existing.isArray() ? (ArrayNode) existing
                : JsonNodeFactory.instance.arrayNode();
        Set<String> used = new HashSet<>();
        list.forEach(c -> used.add(c.path("id").asText()));
        List<String> added = new ArrayList<>();
        int n = 1;
        for (TreeMerge.Found f : found) {
            while (used.contains("conflict-" + n)) {
                n++;
            }
            String id = "conflict-" + n;
            used.add(id);
            added.add(id);
            ObjectNode c = list.addObject();
            c.put("id", id);
            ArrayNode path = c.putArray("path");
            f.path().forEach(path::add);
            c.put("label", MergeLabels.label(f.path(), f, roots));
            putSide(c, "base", f.base());
            putSide(c, "ours", f.ours());
            putSide(c, "theirs", f.theirs());
        }
        if (!list.isEmpty()) {
            merged.set("conflicts", list);
        }
        return added;
    }

    private static void putSide(ObjectNode conflict, String key, JsonNode value) {
        if (value != null && !value.isNull()) {
            conflict.set(key, value);
        }
    }

    private static Project readBack(ObjectNode merged, String name) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = ProjectJson.MAPPER.writeValueAsBytes(merged);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a merged tree could not be written: " + e.getOriginalMessage(), e);
        }
        try {
            return ProjectReader.parse(bytes, name);
        } catch (ProjectFileException e) {
            throw new ProjectFileException(name, "could not be merged: the merged project would not be valid ("
                    + e.problem() + "); resolve this merge by hand in Sectorscope", -1, -1, e);
        }
    }

    private static boolean isEmptyFile(Path file) throws ProjectFileException {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0;
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "cannot be read (" + e.getMessage().toLowerCase(
                    Locale.ROOT) + ")");
        }
    }
}
