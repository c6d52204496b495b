package com.wuye.bpm.quality;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A quality certification (质量认证, §5.1) through its life: applied, documents recorded as the outside parties send
 * them, rejected or contracted, certified or failed, the certificate with its surveillance audits until it is
 * withdrawn or expires.
 */
@Service
public class CertificationService {

  static final String NUMBER_PREFIX = "ZR";
  static final String CERTIFICATE_PREFIX = "RZ";
  static final int NUMBER_DIGITS = 4;
  /** Who holds the certificate inside the company and is told the surveillance decisions. */
  static final String HOLDER = StaffGroup.QUALITY_MANAGER.id();

  private final CertificationRepository certifications;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;
  private final SurveillanceSchedule schedule;

  CertificationService(CertificationRepository certifications, DocumentNumbers numbers, NoticeService notices,
      Clock clock, QualityProperties properties) {
    this.certifications = certifications;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
    this.schedule = new SurveillanceSchedule(properties, clock.getZone());
  }

  public SurveillanceSchedule schedule() {
    return schedule;
  }

  /** Registers the application of a process instance once; a retry returns the application already registered. */
  public Certification register(CertificationRequest request, String processInstanceId, String appliedBy) {
    return certifications.findByProcessInstance(processInstanceId).orElseGet(() -> {
      request.check().check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      certifications.insert(number, processInstanceId, request, appliedBy, now());
      return get(number);
    });
  }

  /** Keeps a document of the certification, once per task. */
  public void recordDocument(String number, String taskId, CertificationDocument document) {
    certifications.addDocument(get(number).id(), taskId, document);
  }

  public void reject(String number, String reasons) {
    certifications.changeStatus(get(number).id(), CertificationStatus.REJECTED, reasons);
  }

  public void contract(String number, String contractNo) {
    certifications.contract(get(number).id(), contractNo);
  }

  public void fail(String number, String reasons) {
    certifications.changeStatus(get(number).id(), CertificationStatus.FAILED, reasons);
  }

  /**
   * Records the certificate the body issued, once per certification: number RZ-…, scope, issue date and the expiry
   * from the configured validity; schedules the first surveillance audit when it falls before the expiry.
   */
  public Certificate issueCertificate(String number, String scope, LocalDate issueDate) {
    Certification certification = get(number);
    Certificate certificate = certifications.certificateOf(certification.id()).orElseGet(() -> {
      String certificateNumber = numbers.next(CERTIFICATE_PREFIX, NUMBER_DIGITS);
      certifications.insertCertificate(certificateNumber, certification.id(), scope, issueDate,
          schedule.expiry(issueDate), now());
      certifications.changeStatus(certification.id(), CertificationStatus.CERTIFIED, null);
      return certificate(certificateNumber);
    });
    scheduleRound(certificate, 1);
    return certificate;
  }

  /**
   * Records the body's decision on a surveillance round and tells the holder, once; a withdrawn certificate ends,
   * otherwise the next round is scheduled when it falls before the expiry.
   */
  public Certificate concludeSurveillance(String certificateNumber, int round, String decision, String decisionNo,
      LocalDate decisionDate) {
    Certificate certificate = certificate(certificateNumber);
    if (certifications.decideSurveillance(certificate.id(), round, decision, decisionNo, decisionDate, now())) {
      boolean withdrawn = CertificationProcess.WITHDRAWN.equals(decision);
      notices.issue(new Notice("quality-surveillance-decision", certificateNumber + "/" + round, HOLDER, "tasklist",
          "监督检查决定：" + (withdrawn ? "撤销证书" : "保持证书"),
          "认证证书 " + certificateNumber + " 第 " + round + " 次监督检查，认证机构决定" + (withdrawn ? "撤销证书" : "保持证书")
              + "（决定编号 " + decisionNo + "，" + decisionDate + "）。"));
    }
    if (CertificationProcess.WITHDRAWN.equals(decision)) {
      if (certifications.endCertificate(certificate.id(), Certificate.WITHDRAWN)) {
        certifications.changeStatus(certificate.certificationId(), CertificationStatus.WITHDRAWN, null);
      }
    } else {
      scheduleRound(certificate, round + 1);
    }
    return certificate(certificateNumber);
  }

  /** The certificate's validity ended: expired, and the holder is told to plan the re-certification. */
  public void expire(String certificateNumber) {
    Certificate certificate = certificate(certificateNumber);
    if (certifications.endCertificate(certificate.id(), Certificate.EXPIRED)) {
      certifications.changeStatus(certificate.certificationId(), CertificationStatus.EXPIRED, null);
    }
    notices.issue(new Notice("quality-certificate-expired", certificateNumber, HOLDER, "tasklist", "认证证书已到期",
        "认证证书 " + certificateNumber + "（" + certificate.scope() + "）已于 " + certificate.expiryDate()
            + " 到期，请安排再认证。"));
  }

  public Certification get(String number) {
    return certifications.findByNumber(number).orElseThrow(() -> new NotFoundException("质量认证", number));
  }

  public Certificate certificate(String number) {
    return certifications.certificateByNumber(number).orElseThrow(() -> new NotFoundException("认证证书", number));
  }

  Certification certificationOf(Certificate certificate) {
    return certifications.findById(certificate.certificationId()).orElseThrow();
  }

  List<CertificationDocument> documents(Certification certification) {
    return certifications.documents(certification.id());
  }

  List<Surveillance> surveillances(Certificate certificate) {
    return certifications.surveillances(certificate.id());
  }

  private void scheduleRound(Certificate certificate, int round) {
    if (schedule.due(certificate.issueDate(), round)) {
      certifications.scheduleSurveillance(certificate.id(), round, schedule.auditDate(certificate.issueDate(), round));
    }
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
