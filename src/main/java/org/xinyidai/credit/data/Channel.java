package org.xinyidai.credit.data;

/** How a batch arrived: a file the platform admin uploaded, a data-exchange feed, or the synthetic city generator. */
public enum Channel {
    UPLOAD, FEED, GENERATOR
}
