package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记认证证书: records the certificate and sets the expiry and the first surveillance date the process waits on. */
@Component
class IssueCertificateDelegate implements JavaDelegate {

  private final CertificationService certifications;

  IssueCertificateDelegate(CertificationService certifications) {
    this.certifications = certifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Certificate certificate = certifications.issueCertificate((String) execution.getVariable(Var.CERTIFICATION_NUMBER),
        FormValues.text(execution.getVariables(), Var.CERTIFICATE_SCOPE),
        FormValues.date(Var.CERTIFICATE_ISSUE_DATE, execution.getVariable(Var.CERTIFICATE_ISSUE_DATE)));
    execution.setVariable(Var.CERTIFICATE_NUMBER, certificate.number());
    execution.setVariables(certifications.schedule().variablesAfter(certificate.issueDate(), 0));
  }
}
