-- One number that changes whenever a committed transaction changes what the public pages show.
-- The application keeps rendered public pages keyed by it (see PublicPageCache), so that any
-- write - through the portal, an import, psql or another instance - makes them stale at once.
--
-- The triggers are deferred constraint triggers: they run at COMMIT, so a rolled-back
-- transaction changes nothing, and the one row is locked only for the instant of the commit
-- (an ordinary trigger would hold it from the first write to the end, serialising all writers).
-- Only the first write of a transaction updates the row; the others find it already theirs.
create table public_data_version (
    id               boolean primary key default true check (id),
    version          bigint  not null,
    last_transaction xid8
);

insert into public_data_version (version) values (1);

create function public_data_changed() returns trigger
    language plpgsql as
$$
begin
    update public_data_version
       set version = version + 1, last_transaction = pg_current_xact_id()
     where last_transaction is distinct from pg_current_xact_id();
    return null;
end
$$;

do
$$
declare
    public_table text;
begin
    foreach public_table in array array['region', 'institution', 'work_unit', 'document', 'declaration',
        'witness', 'declaration_document', 'declaration_press_link', 'pact_signing', 'zi_programme',
        'stage_request', 'stage_request_decision', 'stage_request_document', 'stage_change', 'designation']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I
                        deferrable initially deferred for each row execute function public_data_changed()',
                       public_table || '_public_data_changed', public_table);
    end loop;
end
$$;
