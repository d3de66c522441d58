-- 信用机构: the public profile a credit agency (信用服务机构) keeps for the directory, one per agency account,
-- shown on the sites it serves once it chooses to publish it.
create table portal_agency_profile (
    account_id     bigint        primary key,
    name           varchar(100)  not null,
    introduction   varchar(2000) not null,
    services       varchar(1000) not null,
    qualification  varchar(500),
    contact_phone  varchar(32)   not null,
    email          varchar(100),
    address        varchar(200),
    website        varchar(200),
    sites          varchar(200)  not null,
    published      boolean       not null default false,
    updated_at     timestamp with time zone not null,
    version        int           not null default 0
);
