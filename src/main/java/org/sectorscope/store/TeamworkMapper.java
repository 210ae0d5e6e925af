package org.sectorscope.store;

import static org.sectorscope.store.DtoLists.each;
import static org.sectorscope.store.DtoLists.map;
import static org.sectorscope.store.DtoChecks.build;
import static org.sectorscope.store.DtoChecks.extras;
import static org.sectorscope.store.ProjectMapper.position;
import static org.sectorscope.store.DtoChecks.required;
import static org.sectorscope.store.DtoChecks.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.AnalystPlacement;
import org.sectorscope.model.Comment;
import org.sectorscope.model.Edition;
import org.sectorscope.model.EditionScore;
import org.sectorscope.model.EditionSector;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Teamwork;

/** Converts a project's editions, analyst layers, comments and merge conflicts between file and model. */
final class TeamworkMapper {
    private TeamworkMapper() {
    }

    static Teamwork toModel(ProjectDto dto) throws ProjectMapper.InvalidValue {
        List<Edition> editions = each(dto.editions, "editions", TeamworkMapper::edition);
        List<AnalystLayer> analysts = each(dto.analysts, "analysts", TeamworkMapper::analyst);
        List<Comment> comments = each(dto.comments, "comments", (c, p) -> build(p, () -> new Comment(
                required(c.id, p + ".id"), Comment.Subject.fromKey(required(c.on, p + ".on")),
                required(c.subjectId, p + ".subjectId"), c.author, required(c.at, p + ".at"),
                required(c.text, p + ".text"), Boolean.TRUE.equals(c.resolved), extras(c))));
        List<MergeConflict> conflicts = each(dto.conflicts, "conflicts", (c, p) -> build(p, () -> new MergeConflict(
                required(c.id, p + ".id"), required(c.path, p + ".path"), required(c.label, p + ".label"),
                side(c.base), side(c.ours), side(c.theirs), extras(c))));
        return new Teamwork(editions, analysts, comments, conflicts);
    }

    private static Edition edition(TeamworkDto.EditionDto e, String p) throws ProjectMapper.InvalidValue {
        List<EditionSector> sectors = each(required(e.sectors, p + ".sectors"), p + ".sectors", (s, sp) -> {
            Position at = s.position == null ? null : position(s.position, sp + ".position");
            return build(sp, () -> new EditionSector(required(s.id, sp + ".id"), required(s.name, sp + ".name"), at,
                    s.basis == null ? null : Placement.Basis.fromKey(s.basis),
                    s.evidence == null ? 0 : s.evidence, extras(s), s.position == null ? null : extras(s.position)));
        });
        List<EditionScore> scores = each(e.scores, p + ".scores", (s, sp) -> build(sp, () -> new EditionScore(
                required(s.optionId, sp + ".optionId"), required(s.criterionId, sp + ".criterionId"),
                required(s.value, sp + ".value"), extras(s))));
        return build(p, () -> new Edition(required(e.id, p + ".id"), required(e.name, p + ".name"),
                required(e.takenAt, p + ".takenAt"), sectors, scores, extras(e)));
    }

    private static AnalystLayer analyst(TeamworkDto.AnalystDto a, String p) throws ProjectMapper.InvalidValue {
        List<AnalystPlacement> placements = each(required(a.placements, p + ".placements"), p + ".placements",
                (s, sp) -> {
                    Position at = position(required(s.position, sp + ".position"), sp + ".position");
                    return build(sp, () -> new AnalystPlacement(required(s.sectorId, sp + ".sectorId"), at,
                            s.rationale, extras(s), extras(s.position)));
                });
        return build(p, () -> new AnalystLayer(required(a.id, p + ".id"), required(a.analyst, p + ".analyst"),
                placements, extras(a)));
    }

    private static MergeConflict.Side side(JsonNode node) {
        return node == null || node.isNull() ? MergeConflict.Side.ABSENT
                : MergeConflict.Side.of(ProjectJson.MAPPER.convertValue(node, Object.class));
    }

    static void toDto(Teamwork t, ProjectDto dto) {
        dto.editions = map(t.editions(), TeamworkMapper::edition);
        dto.analysts = map(t.analysts(), a -> {
            var d = with(new TeamworkDto.AnalystDto(), a.extras());
            d.id = a.id();
            d.analyst = a.analyst();
            d.placements = map(a.placements(), pl -> {
                var pd = with(new TeamworkDto.AnalystPlacementDto(), pl.extras());
                pd.sectorId = pl.sectorId();
                pd.position = position(pl.position(), pl.positionExtras());
                pd.rationale = pl.rationale();
                return pd;
            });
            return d;
        });
        dto.comments = map(t.comments(), c -> {
            var d = with(new TeamworkDto.CommentDto(), c.extras());
            d.id = c.id();
            d.on = c.subject().key();
            d.subjectId = c.subjectId();
            d.author = c.author();
            d.at = c.at();
            d.text = c.text();
            d.resolved = c.resolved() ? Boolean.TRUE : null;
            return d;
        });
        dto.conflicts = map(t.conflicts(), c -> {
            var d = with(new TeamworkDto.ConflictDto(), c.extras());
            d.id = c.id();
            d.path = c.path();
            d.label = c.label();
            d.base = node(c.base());
            d.ours = node(c.ours());
            d.theirs = node(c.theirs());
            return d;
        });
    }

    private static TeamworkDto.EditionDto edition(Edition e) {
        var d = with(new TeamworkDto.EditionDto(), e.extras());
        d.id = e.id();
        d.name = e.name();
        d.takenAt = e.takenAt();
        d.sectors = map(e.sectors(), s -> {
            var sd = with(new TeamworkDto.EditionSectorDto(), s.extras());
            sd.id = s.sectorId();
            sd.name = s.name();
            sd.position = s.position() == null ? null : position(s.position(), s.positionExtras());
            sd.basis = s.basis().key();
            sd.evidence = s.evidence();
            return sd;
        });
        d.scores = map(e.scores(), s -> {
            var sd = with(new TeamworkDto.EditionScoreDto(), s.extras());
            sd.optionId = s.optionId();
            sd.criterionId = s.criterionId();
            sd.value = s.value();
            return sd;
        });
        return d;
    }

    private static JsonNode node(MergeConflict.Side side) {
        return side.present() ? ProjectJson.MAPPER.valueToTree(side.value()) : null;
    }
}
