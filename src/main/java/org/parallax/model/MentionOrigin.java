package org.parallax.model;

/** Who made a mention: the NLP pipeline (replaced on every re-run) or the user (never touched by re-runs). */
public enum MentionOrigin { AUTO, MANUAL }
