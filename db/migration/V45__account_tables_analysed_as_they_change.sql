-- Accounts, their roles and the units and instansi they work for are small tables that every
-- signed-in page joins (staff_scope, reviewer_scope, instansi_head_scope). PostgreSQL analyses
-- a table once 50 rows and a tenth of it have changed, so a small table can keep statistics
-- that do not know its newest rows for a long time, and the planner then misjudges the joins
-- with it: a staff account added for a unit of a high id made the staff dashboard walk 5,029
-- units to reach it, 2.5 ms of PostgreSQL on every page (docs/performance.md). These tables
-- are analysed after a few changes instead, which costs next to nothing at their size.
alter table account set (autovacuum_analyze_threshold = 5, autovacuum_analyze_scale_factor = 0.02);
alter table account_role set (autovacuum_analyze_threshold = 5, autovacuum_analyze_scale_factor = 0.02);
alter table account_work_unit set (autovacuum_analyze_threshold = 5, autovacuum_analyze_scale_factor = 0.02);
alter table account_institution set (autovacuum_analyze_threshold = 5, autovacuum_analyze_scale_factor = 0.02);
