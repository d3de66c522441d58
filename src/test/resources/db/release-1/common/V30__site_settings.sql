-- A city site's settings edited by the platform admin: slogan, banner and logo images, the number of
-- working days an institution has to accept an order, and whether the site is open to visitors.
alter table site_site add column slogan varchar(128);
alter table site_site add column banner bytea;
alter table site_site add column banner_type varchar(32);
alter table site_site add column logo bytea;
alter table site_site add column logo_type varchar(32);
alter table site_site add column acceptance_deadline_days int not null default 2;
alter table site_site add column active boolean not null default true;
alter table site_site add column updated_at timestamp with time zone;
