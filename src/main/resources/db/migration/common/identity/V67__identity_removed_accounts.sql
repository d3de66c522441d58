-- A staff account its institution deleted (status REMOVED) keeps its row, so past orders, handovers and the
-- audit trail still name it, but gives up its phone number: the number moves to removed_phone and phone
-- becomes null (a unique column allows many nulls on H2 and PostgreSQL), so the same number can be added
-- again as a new person.
alter table identity_account add column removed_phone varchar(11);
alter table identity_account add column removed_at timestamp with time zone;
alter table identity_account alter column phone drop not null;
