package org.sectorscope.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sectorscope.model.Evidence;

/**
 * What an imported row would change about an item the project already has, named as analysts
 * think of it: reliability and credibility together are the "grade". Unknown fields kept from a
 * project file are not compared, since the CSV cannot carry them (an update keeps them).
 */
final class EvidenceImportChanges {
    private EvidenceImportChanges() {
    }

    static List<String> between(String beforeSectorId, Evidence before, String afterSectorId, Evidence after) {
        List<String> changes = new ArrayList<>();
        differs(changes, "sector", beforeSectorId, afterSectorId);
        differs(changes, "quote", before.quote(), after.quote());
        differs(changes, "note", before.note(), after.note());
        differs(changes, "source", before.sourceId(), after.sourceId());
        differs(changes, "page", before.page(), after.page());
        differs(changes, "grade", before.grade(), after.grade());
        differs(changes, "bearing", before.bearing(), after.bearing());
        differs(changes, "tags", before.tags(), after.tags());
        differs(changes, "added", before.added(), after.added());
        return changes;
    }

    private static void differs(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what);
        }
    }
}
