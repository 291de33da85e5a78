package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A notable match or two-legged tie of one of his teams; {@code venue} (home, away or neutral) is
 * given for single matches where known. {@code score} may be missing where no
 * source gives it; {@code outcome} is always from his side.
 */
public record Match(
        String id,
        PartialDate date,
        String team,
        String competition,
        String season,
        Stage stage,
        String opponent,
        String venue,
        Score score,
        Outcome outcome,
        String note,
        List<String> sources,
        List<Note> notes) implements Cited {
    public Match {
        Checks.slug(id, "id");
        Checks.required(date, "date");
        Checks.text(team, "team");
        Checks.text(competition, "competition");
        Checks.optionalText(season, "season");
        Checks.required(stage, "stage");
        Checks.text(opponent, "opponent");
        Venues.check(venue, "venue");
        Checks.required(outcome, "outcome");
        if (score != null) {
            Outcome decided = score.decided();
            if (decided != null && decided != outcome) {
                throw new InvalidRecordException("outcome",
                        "outcome \"" + outcome.label() + "\" disagrees with the score, which says \""
                                + decided.label() + "\"");
            }
            if (decided == null && score.legs().isEmpty() && outcome != Outcome.DRAWN) {
                throw new InvalidRecordException("outcome",
                        "a level single match without a shoot-out is \"drawn\", not \"" + outcome.label() + "\"");
            }
        }
        Checks.optionalText(note, "note");
        sources = Checks.nonEmpty(sources, "sources");
        notes = Checks.list(notes, "notes");
    }

    @JsonIgnore
    public boolean isFinal() {
        return stage == Stage.FINAL;
    }
}
