package dev.herrera.cli;

import dev.herrera.model.Label;
import dev.herrera.model.Stage;
import dev.herrera.model.TeamKind;
import dev.herrera.render.Format;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The values an enum option accepts, as users type them (the lower-case labels, not the constant
 * names): for help texts and completion scripts.
 */
abstract class LabelCandidates implements Iterable<String> {
    private final Class<? extends Label> type;

    LabelCandidates(Class<? extends Label> type) {
        this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
        List<String> labels = new ArrayList<>();
        for (Label l : type.getEnumConstants()) {
            labels.add(l.label());
        }
        return labels.iterator();
    }

    static final class Formats extends LabelCandidates {
        Formats() {
            super(Format.class);
        }
    }

    static final class ColorModes extends LabelCandidates {
        ColorModes() {
            super(ColorMode.class);
        }
    }

    static final class Stages extends LabelCandidates {
        Stages() {
            super(Stage.class);
        }
    }

    static final class TeamKinds extends LabelCandidates {
        TeamKinds() {
            super(TeamKind.class);
        }
    }
}
