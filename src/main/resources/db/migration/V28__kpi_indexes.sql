-- 经营指标 (/api/kpis, docs/kpis.md): every figure is an aggregate over one indexed column of the domain tables, so
-- a year of records is read by range, not scanned.
-- complaints of a period: by the time they were received
create index kpi_complaint_received on complaint (received_at);
-- bills of a month and their dunning stage
create index kpi_fee_bill_period on fee_bill (period, stage);
-- households whose services were suspended in a month
create index kpi_suspension_suspended on service_suspension (suspended_at);
-- open tasks past their due date (the engine ships no index on the due date)
create index kpi_task_due on ACT_RU_TASK (DUE_DATE_);
