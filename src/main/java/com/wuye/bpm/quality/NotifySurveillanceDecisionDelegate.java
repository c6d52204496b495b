package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 通知监督检查决定: records the round's decision, tells the holder, and sets the next surveillance date; clears what
 * the round's forms held so the next round's forms start empty.
 */
@Component
class NotifySurveillanceDecisionDelegate implements JavaDelegate {

  static final String DECISION_NO = "surveillanceDecisionNo";
  static final String DECISION_DATE = "surveillanceDecisionDate";

  private final CertificationService certifications;

  NotifySurveillanceDecisionDelegate(CertificationService certifications) {
    this.certifications = certifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int round = (Integer) execution.getVariable(Var.SURVEILLANCE_ROUND);
    Certificate certificate = certifications.concludeSurveillance(
        (String) execution.getVariable(Var.CERTIFICATE_NUMBER), round,
        (String) execution.getVariable(Var.SURVEILLANCE_DECISION),
        FormValues.text(execution.getVariables(), DECISION_NO),
        FormValues.date(DECISION_DATE, execution.getVariable(DECISION_DATE)));
    execution.setVariables(certifications.schedule().variablesAfter(certificate.issueDate(), round));
    for (String task : CertificationProcess.SURVEILLANCE_TASKS) {
      CertificationProcess.DocumentFields fields = CertificationProcess.DOCUMENT_OF_TASK.get(task);
      execution.removeVariable(fields.numberField());
      execution.removeVariable(fields.dateField());
      execution.removeVariable(fields.noteField());
    }
  }
}
