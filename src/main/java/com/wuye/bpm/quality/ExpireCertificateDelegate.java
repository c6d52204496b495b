package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 证书到期失效: the certificate expired; the quality manager is told to plan the re-certification. */
@Component
class ExpireCertificateDelegate implements JavaDelegate {

  private final CertificationService certifications;

  ExpireCertificateDelegate(CertificationService certifications) {
    this.certifications = certifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    certifications.expire((String) execution.getVariable(Var.CERTIFICATE_NUMBER));
  }
}
