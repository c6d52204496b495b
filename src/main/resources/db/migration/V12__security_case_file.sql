-- The steps of the security flows move into the case file (case_step, V10), keyed by the record's number, which is
-- the business key of its process instance (PC-, DJ-, FH-, SW-, MJ-...). A hazard's steps were kept under
-- "<inspection number>/<hazard type>": the rectification runs under the inspection's business key, so they go to
-- the inspection's case, the hazard type kept in front of the note. security_step goes.
insert into case_step (business_key, process_key, step, step_name, task_id, actor, occurred_at, note)
select case when position('/' in s.reference) > 0
            then substring(s.reference from 1 for position('/' in s.reference) - 1) else s.reference end,
       s.flow, s.step, s.step_name, s.task_id, s.actor, s.occurred_at,
       case when position('/' in s.reference) > 0
            then substring('【' || substring(s.reference from position('/' in s.reference) + 1) || '】'
                 || coalesce(s.note, '') from 1 for 2000)
            else s.note end
from security_step s
order by s.id;

drop table security_step;
