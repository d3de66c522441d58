-- The sets the financial supermarket filters on, as join tables: the districts a product serves (none: every
-- district), its guarantee methods and its tags. The comma-separated columns stay (the product page reads
-- them); the supermarket filters on these tables with an index instead of LIKE over every product.
create table product_district (
    product_id  bigint      not null references product_product (id) on delete cascade,
    region_code varchar(12) not null,
    primary key (product_id, region_code)
);
create index if not exists product_district_region on product_district (region_code, product_id);

create table product_guarantee (
    product_id bigint      not null references product_product (id) on delete cascade,
    method     varchar(32) not null,
    primary key (product_id, method)
);
create index if not exists product_guarantee_method on product_guarantee (method, product_id);

create table product_tag (
    product_id bigint      not null references product_product (id) on delete cascade,
    tag        varchar(32) not null,
    primary key (product_id, tag)
);
create index if not exists product_tag_tag on product_tag (tag, product_id);

-- Existing products: split each comma-separated column into rows (a recursive query both H2 and PostgreSQL run).
insert into product_district (product_id, region_code)
with recursive parts (product_id, item, rest) as (
    select id, cast('' as varchar(512)), cast(districts || ',' as varchar(513))
    from product_product where districts is not null and districts <> ''
    union all
    select product_id, cast(substring(rest from 1 for position(',' in rest) - 1) as varchar(512)),
           cast(substring(rest from position(',' in rest) + 1) as varchar(513))
    from parts where rest <> ''
)
select distinct product_id, item from parts where item <> '';

insert into product_guarantee (product_id, method)
with recursive parts (product_id, item, rest) as (
    select id, cast('' as varchar(64)), cast(guarantee_methods || ',' as varchar(65))
    from product_product where guarantee_methods is not null and guarantee_methods <> ''
    union all
    select product_id, cast(substring(rest from 1 for position(',' in rest) - 1) as varchar(64)),
           cast(substring(rest from position(',' in rest) + 1) as varchar(65))
    from parts where rest <> ''
)
select distinct product_id, item from parts where item <> '';

insert into product_tag (product_id, tag)
with recursive parts (product_id, item, rest) as (
    select id, cast('' as varchar(128)), cast(tags || ',' as varchar(129))
    from product_product where tags is not null and tags <> ''
    union all
    select product_id, cast(substring(rest from 1 for position(',' in rest) - 1) as varchar(128)),
           cast(substring(rest from position(',' in rest) + 1) as varchar(129))
    from parts where rest <> ''
)
select distinct product_id, item from parts where item <> '';

-- The supermarket's sorts over published products.
create index if not exists product_product_published on product_product (status, published_at, id);
create index if not exists product_product_rate on product_product (status, rate_min, id);
