package org.parallax.model;

/** How precisely a date is known. A month-precision date never pretends to a day. */
public enum DatePrecision { DAY, WEEK, MONTH, YEAR }
