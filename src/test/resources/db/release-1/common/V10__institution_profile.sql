-- The public profile of an institution (机构信息), filled from its onboarding application and edited by
-- its HQ admin: introduction, logo, the head of the unit, contact and the districts it serves.
alter table institution_institution add column introduction varchar(500);
alter table institution_institution add column logo bytea;
alter table institution_institution add column logo_content_type varchar(32);
alter table institution_institution add column head_name varchar(32);
alter table institution_institution add column head_position varchar(32);
alter table institution_institution add column head_mobile varchar(11);
alter table institution_institution add column contact_phone varchar(32);
alter table institution_institution add column contact_address varchar(256);
-- Region codes of the districts served, comma separated.
alter table institution_institution add column districts_served varchar(256);
