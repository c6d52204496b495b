package com.wuye.bpm.supervision;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.supervision.NonconformityProcess.Var;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task register-nonconformity: the report from the start form, checked again; its number becomes the
 * business key, and the responsible group and deadline the correction task's candidate group and due date.
 */
@Component("registerNonconformityDelegate")
class RegisterNonconformityDelegate implements JavaDelegate {

  private final NonconformityService reports;

  RegisterNonconformityDelegate(NonconformityService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = FormValues.of(execution);
    NonconformityService.Report report = new NonconformityService.Report(form.text(Var.RESPONSIBLE_GROUP),
        form.text(Var.NONCONFORMITY_SOURCE), form.text(Var.NONCONFORMITY_DESCRIPTION),
        form.date(Var.CORRECTION_DEADLINE));
    form.check();
    Nonconformity registered = reports.register(execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.ISSUED_BY), report);
    execution.setProcessBusinessKey(registered.number());
    execution.setVariable(Var.NONCONFORMITY_NUMBER, registered.number());
    execution.setVariable(Var.RESPONSIBLE_GROUP, registered.responsibleGroup());
    execution.setVariable(Var.DEPARTMENT_NAME, registered.departmentName());
    execution.setVariable(Var.CORRECTION_DEADLINE, registered.deadline().toString());
    execution.setVariable(Var.CORRECTION_DUE_AT,
        Date.from(registered.deadline().plusDays(1).atStartOfDay(reports.zone()).toInstant()));
  }
}
