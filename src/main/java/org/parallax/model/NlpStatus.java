package org.parallax.model;

/** Where an article stands in the NLP queue. */
public enum NlpStatus { PENDING, DONE, FAILED }
