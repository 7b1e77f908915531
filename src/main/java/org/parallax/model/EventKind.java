package org.parallax.model;

/** What kind of dated happening an event is. */
public enum EventKind { VISIT, MEETING, STATEMENT }
