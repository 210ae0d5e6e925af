package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sectorscope.model.Edition;
import org.sectorscope.model.EditionSector;
import org.sectorscope.model.Framework;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * What moved between two states of the placements (an edition, the current project, another project
 * file): each sector that moved, with its old and new place and quadrant, each one added to the figure
 * and each one gone from it, and for a move the reason the analyst recorded in the sector's placement
 * history after the earlier state's date ({@code Semiconductors: D -> B on 2027-03-02, "SMIC 7 nm volume"}).
 * A sector counts as on the figure when it has a position.
 */
public final class WhatMoved {
    private WhatMoved() {
    }

    /**
     * The placements at one time. {@code at} is an ISO date or date-time ("2020-02", "2026-12-02T14:05:00Z"),
     * or null when unknown (another file); {@code editionId} is null unless it is an edition.
     */
    public record State(String label, String at, String editionId, List<EditionSector> sectors) {
        public State {
            Objects.requireNonNull(label, "label");
            sectors = List.copyOf(sectors);
        }

        public static State of(Edition e) {
            return new State(e.name(), e.takenAt(), e.id(), e.sectors());
        }

        /** The project as it stands, called {@code label} ("now", a file's name). */
        public static State of(Project p, String label) {
            return new State(label, null, null, Editions.sectors(p));
        }
    }

    public enum Kind { MOVED, ADDED, REMOVED }

    /**
     * One change. {@code from}/{@code fromQuadrant} are null for an added sector, {@code to}/{@code toQuadrant}
     * for a removed one; {@code reason} is the history entry that explains a move, or null.
     */
    public record Change(Kind kind, String sectorId, String name, Position from, Position to, Quadrant fromQuadrant,
                        Quadrant toQuadrant, PlacementChange reason, boolean inProject) {
        public boolean quadrantChanged() {
            return kind == Kind.MOVED && !fromQuadrant.letter().equals(toQuadrant.letter());
        }

        /** The change in words, e.g. {@code Semiconductors: D -> B on 2027-03-02, "SMIC 7 nm volume"}. */
        public String text() {
            String head = name + ": ";
            String body = switch (kind) {
                case ADDED -> "new, in " + toQuadrant.label() + " " + WhatMoved.text(to);
                case REMOVED -> "gone from the figure, was in " + fromQuadrant.label() + " " + WhatMoved.text(from);
                case MOVED -> quadrantChanged() ? fromQuadrant.letter() + " -> " + toQuadrant.letter()
                        : "moved within " + toQuadrant.letter() + " " + WhatMoved.text(from) + " -> " + WhatMoved.text(to);
            };
            String why = "";
            if (reason != null) {
                why = " on " + day(reason.at()) + (reason.reason() == null ? "" : ", \"" + reason.reason() + "\"");
            }
            String flag = inProject ? "" : " (no longer in the project)";
            return head + body + why + flag;
        }
    }

    /** The changes from {@code from} to {@code to}, in {@code to}'s order then the removed ones in {@code from}'s. */
    public record Comparison(State from, State to, List<Change> changes) {
        public Comparison {
            changes = List.copyOf(changes);
        }

        public List<Change> moved() {
            return changes.stream().filter(c -> c.kind() == Kind.MOVED).toList();
        }

        public Change change(String sectorId) {
            return changes.stream().filter(c -> c.sectorId().equals(sectorId)).findFirst().orElse(null);
        }

        /** "Moved since CSIS 2020 (report)", or "Moved from A to B" when {@code to} is not the current state. */
        public String title() {
            return to.editionId() == null ? "Moved since " + from.label() : "Moved from " + from.label() + " to " + to.label();
        }
    }

    /**
     * What moved from {@code from} to {@code to}, on {@code project}'s framework; reasons are looked up in
     * {@code project}'s placement histories, which also say which sectors the project still has.
     */
    public static Comparison between(State from, State to, Project project) {
        Framework f = project.framework();
        Map<String, EditionSector> before = placed(from);
        Map<String, EditionSector> after = placed(to);
        List<Change> out = new ArrayList<>();
        for (EditionSector now : to.sectors()) {
            if (now.position() == null) {
                continue;
            }
            EditionSector was = before.get(now.sectorId());
            Sector sector = project.sector(now.sectorId()).orElse(null);
            if (was == null) {
                out.add(new Change(Kind.ADDED, now.sectorId(), now.name(), null, now.position(), null,
                        f.quadrantOf(now.position()), null, sector != null));
            } else if (!was.position().equals(now.position())) {
                Quadrant qa = f.quadrantOf(was.position());
                Quadrant qb = f.quadrantOf(now.position());
                out.add(new Change(Kind.MOVED, now.sectorId(), now.name(), was.position(), now.position(), qa, qb,
                        reason(sector, from.at(), to.at(), qb.letter()), sector != null));
            }
        }
        for (EditionSector was : from.sectors()) {
            if (was.position() != null && !after.containsKey(was.sectorId())) {
                out.add(new Change(Kind.REMOVED, was.sectorId(), was.name(), was.position(), null,
                        f.quadrantOf(was.position()), null, null, project.sector(was.sectorId()).isPresent()));
            }
        }
        return new Comparison(from, to, out);
    }

    /** From an edition to the project as it stands now. */
    public static Comparison sinceEdition(Edition edition, Project project) {
        return between(State.of(edition), State.of(project, "now"), project);
    }

    /**
     * The latest history entry of {@code sector} dated after {@code after} (and not after {@code until},
     * when given) that brought it into {@code toLetter}; else the latest such entry with a reason; null if
     * none. Dates compare as ISO text, so "2020-02" is before "2020-02-10T...".
     */
    static PlacementChange reason(Sector sector, String after, String until, String toLetter) {
        if (sector == null) {
            return null;
        }
        PlacementChange into = null;
        PlacementChange any = null;
        for (PlacementChange c : sector.history()) {
            boolean inWindow = (after == null || c.at().compareTo(after) > 0)
                    && (until == null || c.at().compareTo(until) <= 0);
            if (!inWindow) {
                continue;
            }
            if (c.toQuadrant().equals(toLetter)) {
                into = c;
            }
            if (c.reason() != null) {
                any = c;
            }
        }
        return into != null ? into : any;
    }

    private static Map<String, EditionSector> placed(State s) {
        Map<String, EditionSector> out = new HashMap<>();
        s.sectors().stream().filter(e -> e.position() != null).forEach(e -> out.put(e.sectorId(), e));
        return out;
    }

    static String text(Position p) {
        return "(" + Position.text(p.x()) + ", " + Position.text(p.y()) + ")";
    }

    private static String day(String at) {
        return at.length() >= 10 ? at.substring(0, 10) : at;
    }
}
