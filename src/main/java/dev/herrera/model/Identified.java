package dev.herrera.model;

/** A record other records refer to by its id. */
public interface Identified {
    String id();
}
