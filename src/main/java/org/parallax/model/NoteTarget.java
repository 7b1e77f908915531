package org.parallax.model;

/** What a note is attached to: a passage of an article, a whole article, or an entity. */
public enum NoteTarget { PASSAGE, ARTICLE, ENTITY }
