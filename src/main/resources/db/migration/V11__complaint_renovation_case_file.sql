-- The steps of complaints and renovation applications move into the case file (case_step, V10), keyed by the
-- record's number (TS-..., ZXSQ-...), which is the business key of its process instance; their own step tables go.
insert into case_step (business_key, process_key, step, step_name, task_id, actor, occurred_at, note)
select c.number, 'complaint-handling', s.step, s.step_name, s.task_id, s.actor, s.occurred_at, s.note
from complaint_step s join complaint c on c.id = s.complaint_id
order by s.id;

insert into case_step (business_key, process_key, step, step_name, task_id, actor, occurred_at, note)
select r.number, 'renovation-approval', s.step, s.step_name, s.task_id, s.actor, s.occurred_at, s.note
from renovation_step s join renovation r on r.id = s.renovation_id
order by s.id;

drop table complaint_step;
drop table renovation_step;
