-- The credit agencies' directory profiles move from portal to the credit module, which now owns them.
alter table portal_agency_profile rename to credit_agency_profile;
