-- declaration: the units that declared together are part of the public record once it is
-- submitted: a forgotten unit is added (or a wrong one taken off) by an amendment, which keeps
-- the version it replaces, with the units it listed.
alter table declaration_version add column co_declared_unit_ids bigint[] not null default '{}';

create trigger declaration_unit_changes_with_declaration
    after insert or update or delete on declaration_unit
    for each row execute function declaration_parts_change_with_their_declaration();
