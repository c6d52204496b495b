-- The job executor's poll (the engine's selectNextJobsToExecute) passes over a job while another exclusive job of
-- the same process instance is locked: a subquery for the jobs locked now (LOCK_EXP_TIME_ not yet passed).
-- PostgreSQL runs it once per poll, and without an index on the lock's expiry as a scan of the whole job table:
-- during a dunning stage at 100,000 households every poll read all of it, tens of thousands of waiting timers,
-- to find the few jobs locked at that moment. With this index it reads only those.
-- (docs/benchmarks.md, session 5: the plans and the timers per second before and after.)
create index wuye_job_lock_expiry on ACT_RU_JOB (LOCK_EXP_TIME_);
