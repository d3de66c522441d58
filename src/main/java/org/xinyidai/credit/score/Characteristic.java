package org.xinyidai.credit.score;

/**
 * What the scorecard looks at, in the three dimensions of GB/T 23794-2015, each with its default bins (the
 * scorecard's settings may replace them). Adverse characteristics count an open record twice and one ended within
 * the retention window once, so clearing a listing is worth points and an added record never is. Amounts are 万元.
 * The defaults add up to at most 1000 points and at least 0.
 */
public enum Characteristic {
    DISHONESTY(Dimension.WILLINGNESS, "0=150; 1=40; 2=0"),
    PENALTIES(Dimension.WILLINGNESS, "0=100; 1=75; 2=55; 3=35; 5=15; 8=0"),
    ABNORMAL_OPERATION(Dimension.WILLINGNESS, "0=80; 1=55; 2=10; 3=0"),
    COURT_ENFORCEMENT(Dimension.WILLINGNESS, "0=100; 1=60; 2=30; 3=10; 4=0"),
    UTILITY_ARREARS(Dimension.WILLINGNESS, "nodata=50; 0=50; 1=35; 2=15; 3=0"),
    YEARS_IN_BUSINESS(Dimension.CAPABILITY, "nodata=30; 0=10; 1=25; 3=45; 5=60; 10=80"),
    REGISTERED_CAPITAL(Dimension.CAPABILITY, "nodata=15; 0=5; 50=15; 100=25; 500=35; 1000=40"),
    TAXES_PAID(Dimension.CAPABILITY, "nodata=30; 0=10; 0.01=40; 5=60; 20=80; 50=100; 200=120"),
    INSURED_STAFF(Dimension.CAPABILITY, "nodata=20; 0=5; 1=20; 10=35; 30=50; 100=70"),
    HOUSING_FUND(Dimension.CAPABILITY, "nodata=10; 0=5; 1=15; 10=25; 50=30"),
    TAX_GRADE(Dimension.RECORD, "nodata=50; 0=0; 1=30; 2=60; 3=90; 4=120"),
    HONOURS(Dimension.RECORD, "0=0; 1=20; 2=30"),
    LICENCES(Dimension.RECORD, "0=0; 1=15; 2=25; 3=30");

    /** GB/T 23794-2015's three dimensions: 守信意愿, 守信能力, 守信表现. */
    public enum Dimension { WILLINGNESS, CAPABILITY, RECORD }

    private final Dimension dimension;
    private final String defaultBins;

    Characteristic(Dimension dimension, String defaultBins) {
        this.dimension = dimension;
        this.defaultBins = defaultBins;
    }

    public Dimension dimension() {
        return dimension;
    }

    String defaultBins() {
        return defaultBins;
    }
}
