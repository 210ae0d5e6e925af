package org.sectorscope.ui.inspector;

import java.util.Arrays;
import java.util.List;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;

/** One field of a sector set to a new value, the rest kept: what each inspector edit applies. */
final class SectorFields {
    private SectorFields() {
    }

    static Sector withRationale(Sector s, String rationale) {
        Placement p = s.placement();
        return withPlacement(s, new Placement(p.basis(), p.sourceId(), p.locator(), p.quote(), rationale, p.extras()));
    }

    static Sector withSource(Sector s, String sourceId) {
        Placement p = s.placement();
        return withPlacement(s, new Placement(p.basis(), sourceId, p.locator(), p.quote(), p.rationale(), p.extras()));
    }

    static Sector withLocator(Sector s, String locator) {
        Placement p = s.placement();
        return withPlacement(s, new Placement(p.basis(), p.sourceId(), locator, p.quote(), p.rationale(), p.extras()));
    }

    static Sector withQuote(Sector s, String quote) {
        Placement p = s.placement();
        return withPlacement(s, new Placement(p.basis(), p.sourceId(), p.locator(), quote, p.rationale(), p.extras()));
    }

    static Sector withBasis(Sector s, Placement.Basis basis) {
        Placement p = s.placement();
        return withPlacement(s, new Placement(basis, p.sourceId(), p.locator(), p.quote(), p.rationale(), p.extras()));
    }

    private static Sector withPlacement(Sector s, Placement placement) {
        return s.withPlacement(placement);
    }

    /** Tags typed as "energy, export-heavy": trimmed, empty ones dropped, each within a name's limit, no repeats. */
    static List<String> tags(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .map(TextLimit.NAME::fit).distinct().toList();
    }
}
