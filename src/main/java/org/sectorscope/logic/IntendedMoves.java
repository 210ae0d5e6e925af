package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sectorscope.model.Position;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;

/**
 * The movements an option means to cause, read from its intended effect as analysts write it:
 * "move from B toward A", "so that B sectors move toward A", "B to A". Each such pair of quadrant
 * letters becomes arrows: one from every targeted sector placed in the first quadrant toward the
 * centre of the second, and, when the option targets the whole first quadrant, one between the two
 * quadrants' centres. Text without such a pair draws no arrow; guessing would mislead.
 */
public final class IntendedMoves {
    /** A quadrant-to-quadrant movement named in the text. */
    public record Move(String from, String to) {
    }

    /** An arrow in framework coordinates; {@code sectorId} is null for a whole-quadrant arrow. */
    public record Arrow(Position from, Position to, String sectorId) {
    }

    /** How far along the way to the target quadrant's centre a sector's arrow reaches. */
    static final double REACH = 0.7;

    private IntendedMoves() {
    }

    /** The movements named in {@code text}, in order, without repeats; only letters in {@code letters} count. */
    public static List<Move> parse(String text, Set<String> letters) {
        if (text == null || letters.isEmpty()) {
            return List.of();
        }
        String alternatives = String.join("|", letters.stream().map(Pattern::quote).toList());
        Pattern pair = Pattern.compile("\\b(" + alternatives + ")\\b(?:\\s+sectors?)?(?:\\s+(?:move|moves|moving|shift|shifts))?"
                + "\\s+(?:toward|towards|to|into)\\s+\\b(" + alternatives + ")\\b");
        Set<Move> out = new LinkedHashSet<>();
        Matcher m = pair.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals(m.group(2))) {
                out.add(new Move(m.group(1), m.group(2)));
            }
        }
        return List.copyOf(out);
    }

    public static List<Arrow> arrows(Project project, PolicyOption option) {
        Set<String> letters = new LinkedHashSet<>();
        project.framework().quadrants().forEach(q -> letters.add(q.letter()));
        List<Arrow> arrows = new ArrayList<>();
        for (Move move : parse(option.intendedEffect(), letters)) {
            Position target = centre(quadrant(project, move.to()));
            if (option.targets().quadrantLetters().contains(move.from())) {
                arrows.add(new Arrow(centre(quadrant(project, move.from())), target, null));
            }
            for (String id : option.targets().sectorIds()) {
                Sector s = project.sector(id).orElse(null);
                if (s != null && s.isPlaced() && project.quadrantOf(s).map(Quadrant::letter).orElse("")
                        .equals(move.from())) {
                    Position from = s.position();
                    arrows.add(new Arrow(from, new Position(from.x() + (target.x() - from.x()) * REACH,
                            from.y() + (target.y() - from.y()) * REACH), id));
                }
            }
        }
        return arrows;
    }

    /** The middle of a quadrant in framework coordinates: (±0.5, ±0.5). */
    public static Position centre(Quadrant q) {
        return new Position(q.x() == Side.LOW ? -0.5 : 0.5, q.y() == Side.LOW ? -0.5 : 0.5);
    }

    private static Quadrant quadrant(Project p, String letter) {
        return p.framework().quadrants().stream().filter(q -> q.letter().equals(letter)).findFirst().orElseThrow();
    }
}
