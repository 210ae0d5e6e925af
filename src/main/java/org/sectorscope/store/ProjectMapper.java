package org.sectorscope.store;

import static org.sectorscope.store.DtoChecks.build;
import static org.sectorscope.store.DtoChecks.extras;
import static org.sectorscope.store.DtoChecks.required;
import static org.sectorscope.store.DtoChecks.with;
import static org.sectorscope.store.DtoLists.each;
import static org.sectorscope.store.DtoLists.eachInParallel;
import static org.sectorscope.store.DtoLists.map;
import static org.sectorscope.store.DtoLists.mapInParallel;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectorscope.model.Axis;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Framework;
import org.sectorscope.model.MarkerEncoding;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.Source;
import org.sectorscope.model.Targets;

/** Converts between the file's DTOs and the model. Errors name the JSON path of the bad value. */
final class ProjectMapper {

    /** A value in the file that the model refuses; the path says where, e.g. {@code sectors[2].position}. */
    static final class InvalidValue extends Exception {
        InvalidValue(String path, String problem) {
            super(path + ": " + problem);
        }
    }

    private ProjectMapper() {
    }

    // ---- file -> model -------------------------------------------------------------------------

    static Project toModel(ProjectDto dto) throws InvalidValue {
        return toModel(dto, null);
    }

    /** {@link #toModel(ProjectDto)}, with the sectors already mapped from {@code dto.sectors} when not null. */
    static Project toModel(ProjectDto dto, List<Sector> mappedSectors) throws InvalidValue {
        try {
            return project(dto, mappedSectors);
        } catch (DtoChecks.MissingValue m) {
            throw new InvalidValue(m.path(), "is missing");
        }
    }

    private static Project project(ProjectDto dto, List<Sector> mappedSectors) throws InvalidValue {
        ProjectDto.Info info = required(dto.project, "project");
        ProjectInfo projectInfo = build("project", () -> new ProjectInfo(required(info.id, "project.id"),
                required(info.title, "project.title"), info.subtitle, info.author, info.sourceLine, info.notes,
                extras(info)));
        Framework framework = framework(required(dto.framework, "framework"));
        List<Driver> drivers = each(required(dto.drivers, "drivers"), "drivers", (d, p) -> build(p,
                () -> new Driver(required(d.id, p + ".id"), required(d.name, p + ".name"),
                        MarkerShape.fromKey(required(d.shape, p + ".shape")), required(d.color, p + ".color"),
                        extras(d))));
        List<CustomField> fields = each(dto.fields, "fields", (f, p) -> build(p,
                () -> new CustomField(required(f.id, p + ".id"), required(f.name, p + ".name"),
                        CustomField.Kind.fromKey(required(f.kind, p + ".kind")), f.unit, extras(f))));
        List<Source> sources = each(dto.sources, "sources", ProjectMapper::source);
        List<Sector> sectors = mappedSectors != null ? mappedSectors
                : eachInParallel(dto.sectors, "sectors", ProjectMapper::sector);
        List<Criterion> criteria = each(dto.criteria, "criteria", (c, p) -> build(p,
                () -> new Criterion(required(c.id, p + ".id"), required(c.name, p + ".name"), c.description,
                        required(c.weight, p + ".weight"), extras(c))));
        List<PolicyOption> options = each(dto.options, "options", ProjectMapper::option);
        MarkerEncoding markers = dto.markers == null ? MarkerEncoding.DEFAULT : build("markers",
                () -> new MarkerEncoding(dto.markers.colorBy, dto.markers.sizeBy, extras(dto.markers)));
        return new Project(projectInfo, framework, drivers, fields, sources, sectors, criteria, options, extras(dto),
                markers, TeamworkMapper.toModel(dto), deck(dto.deck));
    }

    /** The deck's sections; the file lists each known section once, at least one (absent: every one). */
    private static DeckSections deck(ProjectDto.DeckDto deck) throws InvalidValue {
        if (deck == null) {
            return DeckSections.ALL;
        }
        List<String> keys = required(deck.sections, "deck.sections");
        Set<DeckSection> once = EnumSet.noneOf(DeckSection.class);
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String at = "deck.sections[" + i + "]";
            if (!once.add(build(at, () -> DeckSection.fromKey(required(key, at))))) {
                throw new InvalidValue(at, "\"" + key + "\" is listed twice");
            }
        }
        return build("deck", () -> new DeckSections(once, extras(deck)));
    }

    private static Framework framework(ProjectDto.FrameworkDto f) throws InvalidValue {
        Axis x = axis(required(f.xAxis, "framework.xAxis"), "framework.xAxis");
        Axis y = axis(required(f.yAxis, "framework.yAxis"), "framework.yAxis");
        List<Quadrant> quadrants = each(required(f.quadrants, "framework.quadrants"), "framework.quadrants",
                (q, p) -> build(p, () -> new Quadrant(Side.fromKey(required(q.x, p + ".x")),
                        Side.fromKey(required(q.y, p + ".y")), required(q.letter, p + ".letter"),
                        required(q.name, p + ".name"), q.color, extras(q))));
        return build("framework", () -> new Framework(f.name == null ? "" : f.name, x, y, quadrants, extras(f)));
    }

    private static Axis axis(ProjectDto.AxisDto a, String path) throws InvalidValue {
        return build(path, () -> new Axis(required(a.title, path + ".title"), required(a.lowLabel, path + ".lowLabel"),
                required(a.highLabel, path + ".highLabel"), extras(a)));
    }

    private static Source source(ProjectDto.SourceDto s, String p) throws InvalidValue {
        return build(p, () -> new Source(required(s.id, p + ".id"), orEmpty(s.author), orEmpty(s.title), s.container,
                s.publisher, s.date, s.url, s.chapter, s.pages, s.file, extras(s)));
    }

    static Sector sector(ProjectDto.SectorDto s, String p) throws InvalidValue {
        ProjectDto.PositionDto pos = s.position; // absent: the sector is not placed yet
        Position position = pos == null ? null : position(pos, p + ".position");
        Placement placement = s.placement == null ? null : build(p + ".placement", () -> new Placement(
                Placement.Basis.fromKey(required(s.placement.basis, p + ".placement.basis")), s.placement.sourceId,
                s.placement.locator, s.placement.quote, s.placement.rationale, extras(s.placement)));
        List<Evidence> evidence = each(s.evidence, p + ".evidence", ProjectMapper::evidence);
        List<PlacementChange> history = each(s.history, p + ".history", ProjectMapper::change);
        Map<String, FieldValue> values = FieldValuesJson.toModel(s.fields, p + ".fields");
        return build(p, () -> new Sector(required(s.id, p + ".id"), required(s.name, p + ".name"), s.driver,
                s.summary, position, placement, evidence, history, s.tags, values, extras(s),
                pos == null ? null : extras(pos)));
    }

    static Position position(ProjectDto.PositionDto pos, String path) throws InvalidValue {
        return build(path, () -> new Position(required(pos.x, path + ".x").doubleValue(),
                required(pos.y, path + ".y").doubleValue()));
    }

    private static PlacementChange change(ProjectDto.ChangeDto c, String p) throws InvalidValue {
        Position from = c.from == null ? null : position(c.from, p + ".from");
        Position to = position(required(c.to, p + ".to"), p + ".to");
        return build(p, () -> new PlacementChange(required(c.id, p + ".id"), required(c.at, p + ".at"), from, to,
                c.fromQuadrant, required(c.toQuadrant, p + ".toQuadrant"), c.reason, extras(c)));
    }

    private static Evidence evidence(ProjectDto.EvidenceDto e, String p) throws InvalidValue {
        return build(p, () -> {
            AxisId axis = e.axis == null ? AxisId.NONE : AxisId.fromKey(e.axis);
            Side toward = e.toward == null ? null : Side.fromKey(e.toward);
            return new Evidence(required(e.id, p + ".id"), e.quote, e.note, e.sourceId, e.page,
                    Reliability.fromKey(required(e.reliability, p + ".reliability")),
                    required(e.credibility, p + ".credibility"), new Bearing(axis, toward), e.tags, e.added, extras(e));
        });
    }

    private static PolicyOption option(ProjectDto.OptionDto o, String p) throws InvalidValue {
        List<Score> scores = each(o.scores, p + ".scores", (s, sp) -> build(sp, () -> new Score(
                required(s.criterionId, sp + ".criterionId"), required(s.value, sp + ".value"), s.rationale, s.evidence, extras(s))));
        Targets targets = o.targets == null ? Targets.NONE : build(p + ".targets",
                () -> new Targets(o.targets.sectors, o.targets.quadrants, extras(o.targets)));
        return build(p, () -> new PolicyOption(required(o.id, p + ".id"), required(o.name, p + ".name"),
                o.description, o.sourceId, targets, o.intendedEffect, scores, extras(o)));
    }

    // ---- model -> file -------------------------------------------------------------------------

    static ProjectDto toDto(Project project) {
        ProjectDto dto = new ProjectDto();
        dto.format = ProjectFormat.FORMAT_NAME;
        dto.schemaVersion = ProjectFormat.SCHEMA_VERSION;
        ProjectInfo i = project.info();
        dto.project = with(new ProjectDto.Info(), i.extras());
        dto.project.id = i.id();
        dto.project.title = i.title();
        dto.project.subtitle = i.subtitle();
        dto.project.author = i.author();
        dto.project.sourceLine = i.sourceLine();
        dto.project.notes = i.notes();
        dto.framework = framework(project.framework());
        dto.drivers = map(project.drivers(), dr -> {
            var d = with(new ProjectDto.DriverDto(), dr.extras());
            d.id = dr.id();
            d.name = dr.name();
            d.shape = dr.shape().key();
            d.color = dr.color();
            return d;
        });
        dto.fields = map(project.fields(), f -> {
            var d = with(new ProjectDto.FieldDto(), f.extras());
            d.id = f.id();
            d.name = f.name();
            d.kind = f.kind().key();
            d.unit = f.unit();
            return d;
        });
        dto.markers = markers(project);
        dto.sources = map(project.sources(), ProjectMapper::source);
        dto.sectors = mapInParallel(project.sectors(), ProjectMapper::sector);
        dto.criteria = map(project.criteria(), c -> {
            var d = with(new ProjectDto.CriterionDto(), c.extras());
            d.id = c.id();
            d.name = c.name();
            d.description = c.description();
            d.weight = c.weight();
            return d;
        });
        dto.options = map(project.options(), ProjectMapper::option);
        dto.deck = deck(project.deck());
        TeamworkMapper.toDto(project.teamwork(), dto);
        dto.putAllUnknown(project.extras().fields());
        return dto;
    }

    /**
     * The encoding, null when it is the default. A field the project no longer has (or of the other kind)
     * is left out: drawing falls back to the default for it already, and the reader would refuse it.
     */
    private static ProjectDto.MarkersDto markers(Project project) {
        MarkerEncoding m = project.markerEncoding();
        String colorBy = project.field(m.colorBy()).filter(f -> f.kind() == CustomField.Kind.TEXT).isPresent()
                ? m.colorBy() : null;
        String sizeBy = project.field(m.sizeBy()).filter(f -> f.kind() == CustomField.Kind.NUMBER).isPresent()
                ? m.sizeBy() : null;
        if (colorBy == null && sizeBy == null && m.extras().isEmpty()) {
            return null;
        }
        var d = with(new ProjectDto.MarkersDto(), m.extras());
        d.colorBy = colorBy;
        d.sizeBy = sizeBy;
        return d;
    }

    /** The deck's sections in the deck's order, null when they are every one (and nothing unknown is kept). */
    private static ProjectDto.DeckDto deck(DeckSections deck) {
        if (deck.isDefault()) {
            return null;
        }
        var d = with(new ProjectDto.DeckDto(), deck.extras());
        d.sections = map(deck.inOrder(), DeckSection::key);
        return d;
    }

    private static ProjectDto.FrameworkDto framework(Framework f) {
        var d = with(new ProjectDto.FrameworkDto(), f.extras());
        d.name = f.name();
        d.xAxis = axis(f.xAxis());
        d.yAxis = axis(f.yAxis());
        d.quadrants = map(f.quadrants(), q -> {
            var qd = with(new ProjectDto.QuadrantDto(), q.extras());
            qd.x = q.x().key();
            qd.y = q.y().key();
            qd.letter = q.letter();
            qd.name = q.name();
            qd.color = q.color();
            return qd;
        });
        return d;
    }

    private static ProjectDto.AxisDto axis(Axis a) {
        var d = with(new ProjectDto.AxisDto(), a.extras());
        d.title = a.title();
        d.lowLabel = a.lowLabel();
        d.highLabel = a.highLabel();
        return d;
    }

    private static ProjectDto.SourceDto source(Source s) {
        var d = with(new ProjectDto.SourceDto(), s.extras());
        d.id = s.id();
        d.author = s.author();
        d.title = s.title();
        d.container = s.container();
        d.publisher = s.publisher();
        d.date = s.date();
        d.url = s.url();
        d.chapter = s.chapter();
        d.pages = s.pages();
        d.file = s.file();
        return d;
    }

    private static ProjectDto.SectorDto sector(Sector s) {
        var d = with(new ProjectDto.SectorDto(), s.extras());
        d.id = s.id();
        d.name = s.name();
        d.driver = s.driver();
        d.tags = s.tags();
        d.summary = s.summary();
        d.fields = FieldValuesJson.toJson(s.fields());
        d.position = s.isPlaced() ? position(s.position(), s.positionExtras()) : null;
        Placement pl = s.placement();
        d.placement = with(new ProjectDto.PlacementDto(), pl.extras());
        d.placement.basis = pl.basis().key();
        d.placement.sourceId = pl.sourceId();
        d.placement.locator = pl.locator();
        d.placement.quote = pl.quote();
        d.placement.rationale = pl.rationale();
        d.evidence = map(s.evidence(), ProjectMapper::evidence);
        d.history = map(s.history(), c -> {
            var cd = with(new ProjectDto.ChangeDto(), c.extras());
            cd.id = c.id();
            cd.at = c.at();
            cd.from = c.from() == null ? null : position(c.from(), Extras.NONE);
            cd.to = position(c.to(), Extras.NONE);
            cd.fromQuadrant = c.fromQuadrant();
            cd.toQuadrant = c.toQuadrant();
            cd.reason = c.reason();
            return cd;
        });
        return d;
    }

    static ProjectDto.PositionDto position(Position p, Extras extras) {
        var d = with(new ProjectDto.PositionDto(), extras);
        d.x = plain(p.x());
        d.y = plain(p.y());
        return d;
    }

    /** 0.56 as "0.56" and 0.0001 as "0.0001" (a double would print "1.0E-4"); whole numbers keep ".0". */
    private static BigDecimal plain(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1) : d;
    }

    private static ProjectDto.EvidenceDto evidence(Evidence e) {
        var d = with(new ProjectDto.EvidenceDto(), e.extras());
        d.id = e.id();
        d.quote = e.quote();
        d.note = e.note();
        d.sourceId = e.sourceId();
        d.page = e.page();
        d.reliability = e.reliability().name();
        d.credibility = e.credibility();
        d.axis = e.bearing().axis().key();
        d.toward = e.bearing().toward() == null ? null : e.bearing().toward().key();
        d.tags = e.tags();
        d.added = e.added();
        return d;
    }

    private static ProjectDto.OptionDto option(PolicyOption o) {
        var d = with(new ProjectDto.OptionDto(), o.extras());
        d.id = o.id();
        d.name = o.name();
        d.description = o.description();
        d.sourceId = o.sourceId();
        d.targets = with(new ProjectDto.TargetsDto(), o.targets().extras());
        d.targets.sectors = o.targets().sectorIds();
        d.targets.quadrants = o.targets().quadrantLetters();
        d.intendedEffect = o.intendedEffect();
        d.scores = map(o.scores(), s -> {
            var sd = with(new ProjectDto.ScoreDto(), s.extras());
            sd.criterionId = s.criterionId();
            sd.value = s.value();
            sd.rationale = s.rationale();
            sd.evidence = s.evidenceIds();
            return sd;
        });
        return d;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
