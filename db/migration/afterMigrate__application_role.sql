-- Run by Flyway after every migration (a callback, not a versioned migration), so that the
-- application role's privileges always match the schema, new tables included.
--
-- The portal runs as its own role, apart from the role that owns the schema and runs the
-- migrations (ADR 0011). The application role reads and writes the data; it cannot alter,
-- disable or drop a trigger, truncate a table, or change a row of the audit trail or of a
-- replaced declaration version: the database keeps them append-only even against the portal.
-- Where the application connects as the owner (one role for everything), none of this applies.
do
$$
declare
    application text := '${application_role}';
    kept        text;
begin
    if application = current_user or not exists (select 1 from pg_roles where rolname = application) then
        raise notice 'No separate application role "%": its privileges are not set', application;
        return;
    end if;
    execute format('grant usage on schema public to %I', application);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', application);
    execute format('grant usage, select on all sequences in schema public to %I', application);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                   application);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', application);
    for kept in select unnest(array['audit_entry', 'declaration_version', 'lke_answer_change'])
    loop
        if to_regclass(kept) is not null then
            execute format('revoke update, delete, truncate on %I from %I', kept, application);
        end if;
    end loop;
    -- The views are for reading: a simple view can be written through.
    for kept in select table_name from information_schema.views where table_schema = 'public'
    loop
        execute format('revoke insert, update, delete on %I from %I', kept, application);
    end loop;
    execute format('revoke truncate on all tables in schema public from %I', application);
end
$$;
