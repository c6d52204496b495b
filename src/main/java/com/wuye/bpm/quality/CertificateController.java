package com.wuye.bpm.quality;

import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.api.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Quality certificates: find a certificate by its number with its certification, documents and surveillance audits. */
@RestController
@RequestMapping("/api/quality/certificates")
class CertificateController {

  private final CertificationService certifications;
  private final CaseFile steps;

  CertificateController(CertificationService certifications, CaseFile steps) {
    this.certifications = certifications;
    this.steps = steps;
  }

  @GetMapping("/{number}")
  CertificateView show(@PathVariable String number, HttpServletRequest request) {
    ApiUser.of(request);
    Certificate certificate = certifications.certificate(number);
    Certification certification = certifications.certificationOf(certificate);
    return new CertificateView(certificate.number(), certificate.scope(), certificate.issueDate(),
        certificate.expiryDate(), certificate.status(), certification.number(), certification.certificationBody(),
        certification.certificationStandard(), certification.contractNo(), certification.status().name(),
        certifications.surveillances(certificate), certifications.documents(certification),
        steps.steps(certification.number()));
  }

  /** A certificate as the API shows it. */
  record CertificateView(String number, String scope, LocalDate issueDate, LocalDate expiryDate, String status,
      String certificationNumber, String certificationBody, String certificationStandard, String contractNo,
      String certificationStatus, List<Surveillance> surveillances, List<CertificationDocument> documents,
      List<CaseStep> steps) {}
}
