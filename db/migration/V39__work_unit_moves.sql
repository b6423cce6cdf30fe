-- Reorganisation: a unit moves to another institution on a date and keeps its whole history
-- (seed 001's Stasiun KIPM was under KKP in 2021; the quarantine stations belong to the Badan
-- Karantina Indonesia since 2023). work_unit.institution_id is where it is now; each move says
-- where it was before (issue 21).
create table work_unit_move (
    id                  bigint generated always as identity primary key,
    work_unit_id        bigint       not null references work_unit (id),
    from_institution_id bigint       not null references institution (id),
    to_institution_id   bigint       not null references institution (id),
    moved_on            date         not null,
    legal_basis         varchar(300),
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null default now(),
    constraint work_unit_move_elsewhere check (from_institution_id <> to_institution_id)
);

create index work_unit_move_unit_idx on work_unit_move (work_unit_id, moved_on);

create constraint trigger work_unit_move_public_data_changed after insert or update or delete on work_unit_move
    deferrable initially deferred for each row execute function public_data_changed();

-- institution: a unit's moves with the institutions' names, for its public page.
create view unit_move_record with (security_invoker = true) as
select m.id, m.work_unit_id, m.moved_on, m.legal_basis, m.from_institution_id, f.name as from_name,
       m.to_institution_id, t.name as to_name
from work_unit_move m
join institution f on f.id = m.from_institution_id
join institution t on t.id = m.to_institution_id;
