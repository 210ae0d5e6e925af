package org.sectorscope.ui.inspector;

import org.sectorscope.model.Placement;
import org.sectorscope.model.Sector;

/** One field of a sector set to a new value, the rest kept: what each inspector edit applies. */
final class SectorFields {
    private SectorFields() {
    }

    static Sector withDriver(Sector s, String driver) {
        return new Sector(s.id(), s.name(), driver, s.summary(), s.position(), s.placement(), s.evidence(),
                s.history(), s.extras(), s.positionExtras());
    }

    static Sector withSummary(Sector s, String summary) {
        return new Sector(s.id(), s.name(), s.driver(), summary, s.position(), s.placement(), s.evidence(),
                s.history(), s.extras(), s.positionExtras());
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
        return new Sector(s.id(), s.name(), s.driver(), s.summary(), s.position(), placement, s.evidence(),
                s.history(), s.extras(), s.positionExtras());
    }
}
