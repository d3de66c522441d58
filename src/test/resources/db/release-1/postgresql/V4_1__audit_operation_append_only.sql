-- On PostgreSQL the database itself refuses to change or remove an audit row.
create or replace function audit_operation_append_only() returns trigger as $$
begin
    raise exception 'audit_operation is append-only';
end;
$$ language plpgsql;

create trigger audit_operation_no_change
    before update or delete on audit_operation
    for each row execute function audit_operation_append_only();
