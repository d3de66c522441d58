-- Scores (信用评分): one current score per enterprise with the scorecard version it was computed with, and the
-- points of each characteristic (their sum is the score, shown to the enterprise with its reasons).
create table credit_score (
    uscc           varchar(18) primary key,
    model_version  varchar(40) not null,
    score          int         not null check (score between 0 and 1000),
    grade          varchar(1)  not null,
    scored_at      timestamp with time zone not null
);
create index credit_score_grade on credit_score (grade);

create table credit_score_point (
    uscc            varchar(18)   not null references credit_score (uscc) on delete cascade,
    characteristic  varchar(40)   not null,
    char_value      numeric(18,2),              -- null: no data
    points          int           not null,
    best_points     int           not null,
    primary key (uscc, characteristic)
);
