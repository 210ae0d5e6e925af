package org.sectorscope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A whole project: the immutable root of the model. Edits produce new instances. */
public record Project(ProjectInfo info, Framework framework, List<Source> sources, List<Sector> sectors,
                      List<Criterion> criteria, List<PolicyOption> options, Extras extras) {
    public Project {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(framework, "framework");
        sources = List.copyOf(sources);
        sectors = List.copyOf(sectors);
        criteria = List.copyOf(criteria);
        options = List.copyOf(options);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** A new, empty project on the report's framework. */
    public static Project empty(String title) {
        return new Project(new ProjectInfo(Ids.newId("project"), title, null, null, null, Extras.NONE),
                Framework.sectoralOutcomes(), List.of(), List.of(), List.of(), List.of(), Extras.NONE);
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

    public Project withSectors(List<Sector> next) {
        return new Project(info, framework, sources, next, criteria, options, extras);
    }

    public Project withInfo(ProjectInfo next) {
        return new Project(next, framework, sources, sectors, criteria, options, extras);
    }

    public Project withFramework(Framework next) {
        return new Project(info, next, sources, sectors, criteria, options, extras);
    }

    public Project withSources(List<Source> next) {
        return new Project(info, framework, next, sectors, criteria, options, extras);
    }

    public Project withCriteria(List<Criterion> next) {
        return new Project(info, framework, sources, sectors, next, options, extras);
    }

    public Project withOptions(List<PolicyOption> next) {
        return new Project(info, framework, sources, sectors, criteria, next, extras);
    }
}
