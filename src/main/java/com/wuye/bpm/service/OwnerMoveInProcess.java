package com.wuye.bpm.service;

import java.util.Set;

/**
 * The process {@code owner-move-in} (bpmn/owner-move-in.bpmn) as code sees it: its key, the ids of the elements
 * code and tests touch, its variables and the values its gateway compares. A released id is an API.
 */
public final class OwnerMoveInProcess {

  public static final String KEY = "owner-move-in";

  /** Element ids. */
  public static final class Element {
    public static final String MOVE_IN_REQUESTED = "move-in-requested";
    public static final String REGISTER_MOVE_IN = "register-move-in";
    public static final String CHECK_MOVE_IN_DOCUMENTS = "check-move-in-documents";
    public static final String REFUSE_MOVE_IN = "refuse-move-in";
    public static final String MOVE_IN_REFUSED = "move-in-refused";
    public static final String INTRODUCE_MOVE_IN_SERVICES = "introduce-move-in-services";
    public static final String FILL_MOVE_IN_NOTICE = "fill-move-in-notice";
    public static final String SEND_MOVE_IN_NOTICE = "send-move-in-notice";
    public static final String CONFIRM_MOVE_IN_ENGINEERING = "confirm-move-in-engineering";
    public static final String CONFIRM_MOVE_IN_SECURITY = "confirm-move-in-security";
    public static final String COMPLETE_MOVE_IN = "complete-move-in";
    public static final String MOVED_IN = "moved-in";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String UNIT = "unit";
    public static final String OCCUPANT_NAME = "occupantName";
    public static final String OCCUPANT_TYPE = "occupantType";
    public static final String PHONE = "phone";
    public static final String RECEIVED_BY = "receivedBy";
    public static final String MOVE_IN_NUMBER = "moveInNumber";
    public static final String DOCUMENTS_CHECKED = "documentsChecked";
    public static final String DOCUMENTS_RESULT = "documentsResult";
    public static final String DOCUMENTS_NOTE = "documentsNote";
    public static final String SERVICES_INTRODUCED = "servicesIntroduced";
    public static final String INTRODUCTION_NOTE = "introductionNote";
    public static final String SERVICE_START_DATE = "serviceStartDate";
    public static final String NOTICE_NOTE = "noticeNote";
    public static final String ENGINEERING_CONFIRMATION = "engineeringConfirmation";
    public static final String SECURITY_CONFIRMATION = "securityConfirmation";

    private Var() {}
  }

  /** Values of {@link Var#DOCUMENTS_RESULT}. */
  public static final String DOCUMENTS_COMPLETE = "complete";
  static final Set<String> DOCUMENTS_RESULTS = Set.of(DOCUMENTS_COMPLETE, "incomplete");
  static final Set<String> OCCUPANT_TYPES = Set.of("owner", "tenant");
  static final Set<String> DOCUMENTS = Set.of("authorization", "lease", "other-proof");
  static final Set<String> SERVICES = Set.of("fees", "renovation", "repair", "safety", "access");

  private OwnerMoveInProcess() {}
}
