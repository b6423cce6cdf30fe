-- The directory's default order (by name) walks this index to the page asked for, instead of
-- joining and sorting every unit; the count and the deep pages read it alone.
create index work_unit_name_order_idx on work_unit (name, id);

-- The years of declaration, for the directory's filter, are read by a skip scan of this index:
-- one probe per year, however many declarations there are.
create index declaration_submitted_on_year_idx on declaration ((extract(year from declared_on)::int))
    where status = 'SUBMITTED';
