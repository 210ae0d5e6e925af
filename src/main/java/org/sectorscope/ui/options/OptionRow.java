package org.sectorscope.ui.options;

import java.util.List;

/** One row of the options matrix: an option's rank, scores in criterion order, and whether it addresses the selection. */
public record OptionRow(String id, String name, String description, int rank, double total, List<Integer> scores,
                        List<String> rationales, String targets, boolean addressesSelection) {
}
