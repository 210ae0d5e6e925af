package org.sectorscope.logic;

import org.sectorscope.model.Project;

/** The counts reported by {@code validate} and shown in the status bar. */
public record ProjectSummary(int sectors, int evidenceItems, int policyOptions) {
    public static ProjectSummary of(Project p) {
        return new ProjectSummary(p.sectors().size(), p.evidenceCount(), p.options().size());
    }

    @Override
    public String toString() {
        return sectors + " sectors, " + evidenceItems + " evidence items, " + policyOptions + " policy options";
    }
}
