-- What the company's documents ask of the security and quality flows beyond their first version (issue 21).

-- 打架斗殴 (《物业品质管理手册》§5.5.4 节点3): after a failed mediation the supervisor decides on the police and
-- reports to the company's leaders
alter table fight_incident add column police_decision varchar(20);
alter table fight_incident add column leaders_report varchar(1000);
alter table fight_incident add column leaders_reported_at timestamp with time zone;

-- 盘查可疑人员 (§5.5.2): a high score alerts the supervisor while the guard still inspects items and checks the ID
alter table screening add column supervisor_alerted_at timestamp with time zone;

-- 业主出入证 (§5.5.1 节点1、2): incomplete documents go back to the owner and are checked again; the fee or deposit
-- is taken once they are complete
alter table access_card alter column payment_kind drop not null;
alter table access_card alter column amount drop not null;
alter table access_card alter column receipt_number drop not null;
alter table access_card add column missing_documents varchar(500);
alter table access_card add column documents_returned integer default 0 not null;
alter table access_card add column supplement_note varchar(500);

-- The steps of the quality flows move into the case file (case_step, V10), keyed by the record's number (the
-- business key of its process instance); the flow comes from the table that holds the number. quality_step goes.
insert into case_step (business_key, process_key, step, step_name, task_id, actor, occurred_at, note)
select s.record_number,
       case when exists (select 1 from quality_review r where r.number = s.record_number) then 'quality-review'
            when exists (select 1 from quality_certification c where c.number = s.record_number) then 'quality-certification'
            when exists (select 1 from quality_plan p where p.number = s.record_number) then 'quality-plan'
            else 'quality-manual' end,
       s.step, s.step_name, s.task_id, s.actor, s.occurred_at, s.note
from quality_step s
order by s.id;

drop table quality_step;
