package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.AnalystPlacement;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Ids;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * Another analyst's file of the same project, read as a layer of this one: its placed sectors' positions and
 * rationale, matched to ours by sector id. Sectors it places that this project lacks are kept in the layer
 * (and flagged wherever the layer is shown), never dropped; a file sharing no sector id with this project is
 * another project and is refused.
 *
 * @param suggestedName the other file's author, or its file name when it names none
 * @param matched       how many of its placements are of sectors this project has
 * @param lacking       the names of the sectors it places that this project lacks
 */
public record LayerImport(String fileName, String suggestedName, List<AnalystPlacement> placements, int matched,
                          List<String> lacking) {
    public LayerImport {
        placements = List.copyOf(placements);
        lacking = List.copyOf(lacking);
    }

    /**
     * @throws IllegalArgumentException naming the file when it shares no sector with {@code ours}, or places
     *                                  none of its sectors
     */
    public static LayerImport of(Project ours, Project theirs, String fileName) {
        Set<String> ourIds = new HashSet<>();
        ours.sectors().forEach(s -> ourIds.add(s.id()));
        boolean shared = theirs.sectors().stream().anyMatch(s -> ourIds.contains(s.id()));
        if (!shared) {
            throw new IllegalArgumentException(fileName + " is not a version of this project: none of its "
                    + sectors(theirs.sectors().size()) + " is in \"" + ours.info().title() + "\"");
        }
        List<AnalystPlacement> placements = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        int matched = 0;
        for (Sector s : theirs.sectors()) {
            if (!s.isPlaced()) {
                continue;
            }
            placements.add(new AnalystPlacement(s.id(), s.position(), s.placement().rationale(), Extras.NONE));
            if (ourIds.contains(s.id())) {
                matched++;
            } else {
                lacking.add(s.name());
            }
        }
        if (placements.isEmpty()) {
            throw new IllegalArgumentException(fileName + " places none of its sectors, so it has no placements"
                    + " to compare");
        }
        String author = theirs.info().author();
        String name = author != null && !author.isBlank() ? author.strip() : stem(fileName);
        return new LayerImport(fileName, name, placements, matched, lacking);
    }

    private static String stem(String fileName) {
        String s = fileName.replaceFirst("(\\.sectorscope)?\\.json$", "");
        return s.isBlank() ? "Imported analyst" : s;
    }

    /** The layer to add, by {@code analyst} (the suggested name, or what the analyst typed instead). */
    public AnalystLayer layer(String analyst) {
        return new AnalystLayer(Ids.newId("layer"), analyst, placements, Extras.NONE);
    }

    /**
     * "Matched 3 placed sectors; 1 this project lacks (kept in the layer and flagged): Batteries", or
     * "Matched 4 placed sectors".
     */
    public String report() {
        String out = "Matched " + matched + (matched == 1 ? " placed sector" : " placed sectors");
        if (lacking.isEmpty()) {
            return out;
        }
        return out + "; " + lacking.size() + " this project lacks (kept in the layer and flagged): "
                + String.join(", ", lacking);
    }

    private static String sectors(int n) {
        return n == 1 ? "1 sector" : n + " sectors";
    }
}
