package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 受理申请: records acceptance and the terms of renovation-review; the working-day deadline runs from acceptedAt. */
@Component
class AcceptRenovationApplicationDelegate implements JavaDelegate {

  private final RenovationService renovations;

  AcceptRenovationApplicationDelegate(RenovationService renovations) {
    this.renovations = renovations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RenovationTerms terms = new RenovationTerms(Boolean.TRUE.equals(execution.getVariable(Var.ENGINEERING_INSPECTION)),
        money(execution.getVariable(Var.DEPOSIT)), money(execution.getVariable(Var.GARBAGE_FEE)));
    OffsetDateTime acceptedAt = renovations.accept(execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), terms);
    execution.setVariable(Var.ACCEPTED_AT, Date.from(acceptedAt.toInstant()));
  }

  private static BigDecimal money(Object amount) {
    if (amount == null) {
      throw new IllegalStateException("renovation-review gave no amount: check the decision table");
    }
    return new BigDecimal(amount.toString()).setScale(2, RoundingMode.HALF_UP);
  }
}
