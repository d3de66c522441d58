-- City sites (分站) and the districts each one serves.
create table site_site (
    code        varchar(32)  primary key,
    name        varchar(64)  not null,
    name_en     varchar(64)  not null,
    region_code varchar(6)   not null,
    hotline     varchar(32),
    email       varchar(128),
    address     varchar(256),
    sort_order  int          not null default 0,
    created_at  timestamp with time zone not null
);

create table site_district (
    region_code varchar(6)  primary key,
    site_code   varchar(32) not null references site_site (code),
    name        varchar(64) not null,
    name_en     varchar(64) not null,
    sort_order  int         not null default 0
);
