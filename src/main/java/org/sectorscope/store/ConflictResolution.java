package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Project;

/**
 * The project with one merge conflict resolved: keeping ours drops the record (the project already holds
 * ours); taking theirs puts their value at the conflict's path, or removes what is there when they
 * removed it, and drops the record. The value is set in the file's tree, where the path points, and the
 * result is read back through the strict reader, so a resolution never yields an invalid project.
 */
public final class ConflictResolution {
    /** Which side's value a conflict is resolved to. */
    public enum Choice {
        OURS, THEIRS
    }

    private ConflictResolution() {
    }

    /**
     * Throws {@link ProjectFileException} when their value cannot stand in this project (the thing the
     * path leads through is gone, or the result would not be a valid project), with the reason in words.
     */
    public static Project apply(Project project, MergeConflict conflict, Choice choice) throws ProjectFileException {
        if (!project.teamwork().conflicts().contains(conflict)) {
            throw new IllegalArgumentException("conflict " + conflict.id() + " is not in this project");
        }
        Project withoutRecord = project.withTeamwork(project.teamwork().withConflicts(project.teamwork().conflicts()
                .stream().filter(c -> !c.id().equals(conflict.id())).toList()));
        if (choice == Choice.OURS) {
            return withoutRecord;
        }
        ObjectNode root = (ObjectNode) ProjectMerge.tree(withoutRecord);
        put(root, conflict.path(), conflict.theirs(), conflict.label());
        try {
            return ProjectReader.parse(ProjectJson.MAPPER.writeValueAsBytes(root), conflict.label());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a resolved tree could not be written: " + e.getOriginalMessage(), e);
        } catch (ProjectFileException e) {
            throw new ProjectFileException(conflict.label(), "their version cannot be taken: " + e.problem(), -1, -1, e);
        }
    }

    private static void put(ObjectNode root, List<String> path, MergeConflict.Side theirs, String label)
            throws ProjectFileException {
        JsonNode parent = root;
        for (String step : path.subList(0, path.size() - 1)) {
            parent = child(parent, step);
            if (parent == null || !(parent.isObject() || parent.isArray())) {
                throw new ProjectFileException(label, "their version cannot be taken: what it belongs to is no"
                        + " longer in the project");
            }
        }
        String last = path.get(path.size() - 1);
        JsonNode value = theirs.present() ? ProjectJson.MAPPER.valueToTree(theirs.value()) : null;
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
            return;
        }
        ArrayNode list = (ArrayNode) parent;
        int at = indexOf(list, last);
        if (value == null) {
            if (at >= 0) {
                list.remove(at);
            }
        } else if (at >= 0) {
            list.set(at, value);
        } else {
            list.add(value);
        }
    }

    /** An object's key, or a list's record with that key (see {@link TreeMerge#keyOf}). */
    private static JsonNode child(JsonNode parent, String step) {
        if (parent.isObject()) {
            return parent.get(step);
        }
        int at = indexOf((ArrayNode) parent, step);
        return at < 0 ? null : parent.get(at);
    }

    private static int indexOf(ArrayNode list, String key) {
        for (int i = 0; i < list.size(); i++) {
            if (key.equals(TreeMerge.keyOf(list.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
