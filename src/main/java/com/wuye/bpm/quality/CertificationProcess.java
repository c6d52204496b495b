package com.wuye.bpm.quality;

import java.util.List;
import java.util.Map;

/**
 * The process {@code quality-certification} (bpmn/quality-certification.bpmn, 质量认证 §5.1) as code sees it: its
 * key, the ids of the elements code and tests touch, its variables, and for each task that records what an outside
 * party sent, the form fields of that document. A released id is an API.
 */
public final class CertificationProcess {

  public static final String KEY = "quality-certification";

  /** Element ids. */
  public static final class Element {
    public static final String CERTIFICATION_INTENDED = "certification-intended";
    public static final String REGISTER_CERTIFICATION = "register-certification";
    public static final String RECORD_APPLICATION_REVIEW = "record-application-review";
    public static final String APPLICATION_REJECTED = "application-rejected";
    public static final String SIGN_CERTIFICATION_CONTRACT = "sign-certification-contract";
    public static final String RECORD_DOCUMENT_AUDIT = "record-document-audit";
    public static final String CORRECT_SYSTEM_DOCUMENTS = "correct-system-documents";
    public static final String RECORD_PRE_AUDIT = "record-pre-audit";
    public static final String RECORD_AUDIT_PLAN = "record-audit-plan";
    public static final String ATTEND_ON_SITE_CHECK = "attend-on-site-check";
    public static final String RECORD_CHECK_REPORT = "record-check-report";
    public static final String RECORD_TEST_PLAN = "record-test-plan";
    public static final String ATTEND_ON_SITE_TEST = "attend-on-site-test";
    public static final String RECORD_TEST_REPORT = "record-test-report";
    public static final String RECORD_CERTIFICATION_DECISION = "record-certification-decision";
    public static final String CERTIFICATION_FAILED = "certification-failed";
    public static final String ISSUE_CERTIFICATE = "issue-certificate";
    public static final String SURVEILLANCE_DATE_REACHED = "surveillance-date-reached";
    public static final String RECORD_SYSTEM_SURVEILLANCE = "record-system-surveillance";
    public static final String RECORD_SERVICE_SURVEILLANCE = "record-service-surveillance";
    public static final String RECORD_SURVEILLANCE_DECISION = "record-surveillance-decision";
    public static final String NOTIFY_SURVEILLANCE_DECISION = "notify-surveillance-decision";
    public static final String CERTIFICATE_WITHDRAWN = "certificate-withdrawn";
    public static final String CERTIFICATE_EXPIRY_REACHED = "certificate-expiry-reached";
    public static final String EXPIRE_CERTIFICATE = "expire-certificate";
    public static final String CERTIFICATE_EXPIRED = "certificate-expired";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // application (start form, REST)
    public static final String CERTIFICATION_BODY = "certificationBody";
    public static final String CERTIFICATION_STANDARD = "certificationStandard";
    public static final String CERTIFICATION_SCOPE = "certificationScope";
    public static final String CONSULTANT = "consultant";
    public static final String APPLICATION_NOTE = "applicationNote";
    public static final String APPLIED_BY = "appliedBy";
    // record and routing
    public static final String CERTIFICATION_NUMBER = "certificationNumber";
    public static final String APPLICATION_ACCEPTED = "applicationAccepted";
    public static final String DOCUMENTS_CONFORM = "documentsConform";
    public static final String PRE_AUDIT_REQUIRED = "preAuditRequired";
    public static final String CERTIFIED = "certified";
    public static final String CERTIFICATE_SCOPE = "certificateScope";
    public static final String CERTIFICATE_ISSUE_DATE = "certificateIssueDate";
    public static final String CERTIFICATE_NUMBER = "certificateNumber";
    public static final String CERTIFICATE_EXPIRES_AT = "certificateExpiresAt";
    public static final String NEXT_SURVEILLANCE_AT = "nextSurveillanceAt";
    public static final String SURVEILLANCE_DUE = "surveillanceDue";
    public static final String SURVEILLANCE_ROUND = "surveillanceRound";
    public static final String SURVEILLANCE_DECISION = "surveillanceDecision";

    private Var() {}
  }

  /** Surveillance decisions (监督检查决定). */
  public static final String MAINTAINED = "maintained";
  public static final String WITHDRAWN = "withdrawn";

  /**
   * The form fields of the document a task records: its number (null when the outside party gives none), its
   * date, and what it says (the step's note); {@code kind} names the document in the record.
   */
  public record DocumentFields(String kind, String numberField, String dateField, String noteField) {}

  static final Map<String, DocumentFields> DOCUMENT_OF_TASK = Map.ofEntries(
      Map.entry(Element.RECORD_APPLICATION_REVIEW,
          new DocumentFields("application-review", "applicationReviewNo", "applicationReviewDate", "applicationReviewNote")),
      Map.entry(Element.SIGN_CERTIFICATION_CONTRACT,
          new DocumentFields("contract", "contractNo", "contractDate", "contractNote")),
      Map.entry(Element.RECORD_DOCUMENT_AUDIT,
          new DocumentFields("document-audit", "documentAuditNo", "documentAuditDate", "documentAuditNote")),
      Map.entry(Element.CORRECT_SYSTEM_DOCUMENTS,
          new DocumentFields("correction", null, "correctionDate", "correctionNote")),
      Map.entry(Element.RECORD_PRE_AUDIT, new DocumentFields("pre-audit", null, "preAuditDate", "preAuditNote")),
      Map.entry(Element.RECORD_AUDIT_PLAN,
          new DocumentFields("audit-plan", "auditPlanNo", "auditPlanDate", "auditPlanNote")),
      Map.entry(Element.ATTEND_ON_SITE_CHECK,
          new DocumentFields("on-site-check", null, "onSiteCheckDate", "onSiteCheckNote")),
      Map.entry(Element.RECORD_CHECK_REPORT,
          new DocumentFields("check-report", "checkReportNo", "checkReportDate", "checkReportNote")),
      Map.entry(Element.RECORD_TEST_PLAN, new DocumentFields("test-plan", "testPlanNo", "testPlanDate", "testPlanNote")),
      Map.entry(Element.ATTEND_ON_SITE_TEST,
          new DocumentFields("on-site-test", null, "onSiteTestDate", "onSiteTestNote")),
      Map.entry(Element.RECORD_TEST_REPORT,
          new DocumentFields("test-report", "testReportNo", "testReportDate", "testReportNote")),
      Map.entry(Element.RECORD_CERTIFICATION_DECISION, new DocumentFields("certification-decision",
          "certificationDecisionNo", "certificationDecisionDate", "certificationDecisionNote")),
      Map.entry(Element.RECORD_SYSTEM_SURVEILLANCE, new DocumentFields("system-surveillance-report",
          "systemSurveillanceNo", "systemSurveillanceDate", "systemSurveillanceNote")),
      Map.entry(Element.RECORD_SERVICE_SURVEILLANCE, new DocumentFields("service-surveillance-report",
          "serviceSurveillanceNo", "serviceSurveillanceDate", "serviceSurveillanceNote")),
      Map.entry(Element.RECORD_SURVEILLANCE_DECISION, new DocumentFields("surveillance-decision",
          "surveillanceDecisionNo", "surveillanceDecisionDate", "surveillanceDecisionNote")));

  /** The tasks of a surveillance round, whose form values are cleared when the round is decided. */
  static final List<String> SURVEILLANCE_TASKS = List.of(Element.RECORD_SYSTEM_SURVEILLANCE,
      Element.RECORD_SERVICE_SURVEILLANCE, Element.RECORD_SURVEILLANCE_DECISION);

  private CertificationProcess() {}
}
