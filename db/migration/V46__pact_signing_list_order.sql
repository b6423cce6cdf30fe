-- A unit's signing list shows its signings fifty at a time, by role, then name. With this
-- index a page is read in that order from the index, instead of reading and sorting every
-- signing of the unit (thousands in a large office) for each page. It begins with the
-- columns of pact_signing_unit_idx, which it replaces for the counts and checks by role.
create index pact_signing_list_idx on pact_signing (declaration_id, work_unit_id, role, signatory_name, id);
drop index pact_signing_unit_idx;
