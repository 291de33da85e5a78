package dev.herrera.cli;

import dev.herrera.model.Label;
import dev.herrera.model.Stage;
import dev.herrera.model.TeamKind;
import dev.herrera.render.Format;
import java.util.Arrays;
import java.util.Iterator;

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
        return Arrays.stream(type.getEnumConstants()).map(Label::label).iterator();
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
