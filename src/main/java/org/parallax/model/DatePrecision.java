package org.parallax.model;

/**
 * How precisely a date is known, finest first. A month-precision date never pretends to a day. SEASON is a
 * meteorological season (northern hemisphere: spring is March-May), HALF a half year, PART an early, mid or late part
 * of a month or year ("late last year" is September-December): the range says which part. Stored by name, so values
 * may be added; an unknown stored name reads as DAY (store.StoredEnum).
 */
public enum DatePrecision { DAY, WEEK, PART, MONTH, SEASON, HALF, YEAR }
