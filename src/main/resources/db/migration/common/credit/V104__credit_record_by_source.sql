-- The data-quality figures and rules read credit_record by source (per source counts, the latest record of each
-- enterprise in one source): an index led by the source, so they stop scanning every record.
create index credit_record_source on credit_record (source, uscc, event_date);
