-- The job executor of every node asks the engine's job table every few seconds for jobs that are due
-- (DUEDATE_ null or passed, not locked). The engine ships no index on the due date, so with 100,000 waiting
-- fee-dunning timers each poll read the whole table; with this index it reads only the jobs that are due.
-- (docs/benchmarks.md: idle poll and timer throughput before and after.)
create index wuye_job_due on ACT_RU_JOB (DUEDATE_);
