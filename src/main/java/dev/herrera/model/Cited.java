package dev.herrera.model;

import java.util.List;

/** A record that names its sources and may record where they disagree. */
public interface Cited extends Identified {
    List<String> sources();

    List<Note> notes();
}
