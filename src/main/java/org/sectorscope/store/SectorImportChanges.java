package org.sectorscope.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * What an imported row would change about a sector the project has, named as the columns are
 * ("driver", "position", a custom field's name). Evidence, history and unknown fields from a project
 * file are not compared, since the CSV cannot carry them (an update keeps them).
 */
final class SectorImportChanges {
    private SectorImportChanges() {
    }

    static List<String> between(Project project, Sector before, Sector after) {
        List<String> changes = new ArrayList<>();
        differs(changes, SectorCsv.NAME, before.name(), after.name());
        differs(changes, SectorCsv.DRIVER, before.driver(), after.driver());
        differs(changes, "position", before.position(), after.position());
        differs(changes, SectorCsv.SUMMARY, before.summary(), after.summary());
        Placement was = before.placement();
        Placement now = after.placement();
        differs(changes, SectorCsv.RATIONALE, was.rationale(), now.rationale());
        differs(changes, SectorCsv.BASIS, was.basis(), now.basis());
        differs(changes, SectorCsv.SOURCE, was.sourceId(), now.sourceId());
        differs(changes, SectorCsv.LOCATOR, was.locator(), now.locator());
        differs(changes, SectorCsv.QUOTE, was.quote(), now.quote());
        differs(changes, SectorCsv.TAGS, before.tags(), after.tags());
        for (CustomField f : project.fields()) {
            differs(changes, f.name(), before.fields().get(f.id()), after.fields().get(f.id()));
        }
        return changes;
    }

    private static void differs(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what);
        }
    }
}
