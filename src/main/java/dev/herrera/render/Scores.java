package dev.herrera.render;

import dev.herrera.model.Leg;
import dev.herrera.model.Score;

/** Scores as text, from Herrera's side: {@code 2-2 (0-1, 2-1), 4-2 pens}. */
public final class Scores {
    private Scores() {
    }

    public static String format(Score score) {
        if (score == null) {
            return "?";
        }
        StringBuilder sb = new StringBuilder().append(score.goalsFor()).append('-').append(score.against());
        if (!score.legs().isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < score.legs().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(leg(score.legs().get(i)));
            }
            sb.append(')');
        }
        if (score.penalties() != null) {
            sb.append(", ").append(score.penalties().goalsFor()).append('-')
                    .append(score.penalties().against()).append(" pens");
        }
        return sb.toString();
    }

    private static String leg(Leg leg) {
        return leg.goalsFor() + "-" + leg.against();
    }
}
