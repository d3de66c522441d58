package org.xinyidai.credit.data;

/**
 * How a batch arrived: a file the platform admin uploaded, a data-exchange feed, the synthetic city generator, or a
 * correction after an upheld objection.
 */
public enum Channel {
    UPLOAD, FEED, GENERATOR, CORRECTION
}
