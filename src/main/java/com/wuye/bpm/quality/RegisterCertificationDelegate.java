package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记认证申请: writes the certification record and makes its number the business key. */
@Component
class RegisterCertificationDelegate implements JavaDelegate {

  private final CertificationService certifications;

  RegisterCertificationDelegate(CertificationService certifications) {
    this.certifications = certifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Certification certification = certifications.register(
        CertificationRequest.fromVariables(execution.getVariables()), execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.APPLIED_BY));
    execution.setProcessBusinessKey(certification.number());
    execution.setVariable(Var.CERTIFICATION_NUMBER, certification.number());
  }
}
