package org.sectorscope.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole project: the immutable root of the model. Edits produce new instances. {@code drivers} and
 * {@code fields} are the project's own definitions its sectors refer to by id (checked, like every
 * cross-reference, by store.ProjectIntegrity). {@code markerEncoding} says what the markers' colour and
 * size show (see {@link MarkerEncoding}); {@code teamwork} holds editions, other analysts' layers, comments
 * and unresolved merge conflicts (see {@link Teamwork}); {@code deck} the sections of the analyst's briefing
 * deck (see {@link DeckSections}).
 */
public record Project(ProjectInfo info, Framework framework, List<Driver> drivers, List<CustomField> fields,
                      List<Source> sources, List<Sector> sectors, List<Criterion> criteria, List<PolicyOption> options,
                      Extras extras, MarkerEncoding markerEncoding, Teamwork teamwork, DeckSections deck) {
    public Project {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(framework, "framework");
        drivers = List.copyOf(drivers);
        fields = List.copyOf(fields);
        sources = List.copyOf(sources);
        sectors = List.copyOf(sectors);
        criteria = List.copyOf(criteria);
        options = List.copyOf(options);
        extras = extras == null ? Extras.NONE : extras;
        markerEncoding = markerEncoding == null ? MarkerEncoding.DEFAULT : markerEncoding;
        teamwork = teamwork == null ? Teamwork.NONE : teamwork;
        deck = deck == null ? DeckSections.ALL : deck;
    }

    /** A project whose briefing deck holds every section. */
    public Project(ProjectInfo info, Framework framework, List<Driver> drivers, List<CustomField> fields,
                   List<Source> sources, List<Sector> sectors, List<Criterion> criteria, List<PolicyOption> options,
                   Extras extras, MarkerEncoding markerEncoding, Teamwork teamwork) {
        this(info, framework, drivers, fields, sources, sectors, criteria, options, extras, markerEncoding, teamwork,
                DeckSections.ALL);
    }

    /** A project with no editions, analyst layers, comments or conflicts. */
    public Project(ProjectInfo info, Framework framework, List<Driver> drivers, List<CustomField> fields,
                   List<Source> sources, List<Sector> sectors, List<Criterion> criteria, List<PolicyOption> options,
                   Extras extras, MarkerEncoding markerEncoding) {
        this(info, framework, drivers, fields, sources, sectors, criteria, options, extras, markerEncoding,
                Teamwork.NONE);
    }

    /** A project drawn with the default marker encoding (colour by driver, one size). */
    public Project(ProjectInfo info, Framework framework, List<Driver> drivers, List<CustomField> fields,
                   List<Source> sources, List<Sector> sectors, List<Criterion> criteria, List<PolicyOption> options,
                   Extras extras) {
        this(info, framework, drivers, fields, sources, sectors, criteria, options, extras, MarkerEncoding.DEFAULT);
    }

    /** A project with the report's three drivers and no custom fields. */
    public Project(ProjectInfo info, Framework framework, List<Source> sources, List<Sector> sectors,
                   List<Criterion> criteria, List<PolicyOption> options, Extras extras) {
        this(info, framework, Driver.defaults(), List.of(), sources, sectors, criteria, options, extras);
    }

    /** A new, empty project on the report's framework. */
    public static Project empty(String title) {
        return new Project(new ProjectInfo(Ids.newId("project"), title, null, null, null, Extras.NONE),
                Framework.sectoralOutcomes(), List.of(), List.of(), List.of(), List.of(), Extras.NONE);
    }

    public Optional<Driver> driver(String id) {
        // A loop, not a stream: the panes ask this for every sector on every edit.
        if (id != null) {
            for (Driver d : drivers) {
                if (d.id().equals(id)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** The sector's driver; empty when it has none. */
    public Optional<Driver> driverOf(Sector sector) {
        return driver(sector.driver());
    }

    /** The name of the sector's driver, or "" when it has none: what lists and labels show. */
    public String driverNameOf(Sector sector) {
        return driverOf(sector).map(Driver::name).orElse("");
    }

    public Optional<CustomField> field(String id) {
        return id == null ? Optional.empty() : fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Sector> sector(String id) {
        return sectors.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return id == null ? Optional.empty() : sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<PolicyOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The quadrant the sector sits in; empty while it is not placed. */
    public Optional<Quadrant> quadrantOf(Sector sector) {
        return sector.isPlaced() ? Optional.of(framework.quadrantOf(sector.position())) : Optional.empty();
    }

    public int evidenceCount() {
        return sectors.stream().mapToInt(s -> s.evidence().size()).sum();
    }

    /** A copy with one sector replaced; fails if the id is unknown, since commands rely on it. */
    public Project withSector(String id, UnaryOperator<Sector> change) {
        List<Sector> next = new ArrayList<>(sectors.size());
        boolean found = false;
        for (Sector s : sectors) {
            if (s.id().equals(id)) {
                next.add(change.apply(s));
                found = true;
            } else {
                next.add(s);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no sector with id " + id);
        }
        return withSectors(next);
    }

    /**
     * A copy with each of {@code replacements} in place of the sector with its id, in one pass over the
     * sectors (an edit of thousands of selected sectors stays linear); fails if an id is unknown.
     */
    public Project withSectorsReplaced(Collection<Sector> replacements) {
        Map<String, Sector> byId = new HashMap<>();
        replacements.forEach(r -> byId.put(r.id(), r));
        List<Sector> next = new ArrayList<>(sectors.size());
        int found = 0;
        for (Sector s : sectors) {
            Sector r = byId.get(s.id());
            found += r == null ? 0 : 1;
            next.add(r == null ? s : r);
        }
        if (found != byId.size()) {
            throw new IllegalArgumentException("no sector with id among " + byId.keySet());
        }
        return withSectors(next);
    }

    public Project withSectors(List<Sector> next) {
        return new Project(info, framework, drivers, fields, sources, next, criteria, options, extras, markerEncoding,
                teamwork, deck);
    }

    public Project withInfo(ProjectInfo next) {
        return new Project(next, framework, drivers, fields, sources, sectors, criteria, options, extras, markerEncoding,
                teamwork, deck);
    }

    public Project withFramework(Framework next) {
        return new Project(info, next, drivers, fields, sources, sectors, criteria, options, extras, markerEncoding,
                teamwork, deck);
    }

    public Project withDrivers(List<Driver> next) {
        return new Project(info, framework, next, fields, sources, sectors, criteria, options, extras, markerEncoding,
                teamwork, deck);
    }

    public Project withFields(List<CustomField> next) {
        return new Project(info, framework, drivers, next, sources, sectors, criteria, options, extras, markerEncoding,
                teamwork, deck);
    }

    public Project withSources(List<Source> next) {
        return new Project(info, framework, drivers, fields, next, sectors, criteria, options, extras, markerEncoding,
                teamwork, deck);
    }

    public Project withCriteria(List<Criterion> next) {
        return new Project(info, framework, drivers, fields, sources, sectors, next, options, extras, markerEncoding,
                teamwork, deck);
    }

    public Project withMarkerEncoding(MarkerEncoding next) {
        return new Project(info, framework, drivers, fields, sources, sectors, criteria, options, extras, next, teamwork,
                deck);
    }

    public Project withTeamwork(Teamwork next) {
        return new Project(info, framework, drivers, fields, sources, sectors, criteria, options, extras, markerEncoding,
                next, deck);
    }

    /** A copy whose briefing deck holds {@code next}'s sections. */
    public Project withDeck(DeckSections next) {
        return new Project(info, framework, drivers, fields, sources, sectors, criteria, options, extras, markerEncoding,
                teamwork, next);
    }

    public Project withOptions(List<PolicyOption> next) {
        return new Project(info, framework, drivers, fields, sources, sectors, criteria, next, extras, markerEncoding,
                teamwork, deck);
    }
}
