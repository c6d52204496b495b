package com.wuye.bpm.service;

import java.util.Set;

/**
 * The process {@code company-signboard} (bpmn/company-signboard.bpmn) as code sees it: its key, the ids of the
 * elements code and tests touch, its variables and the values its gateways compare. A released id is an API.
 */
public final class CompanySignboardProcess {

  public static final String KEY = "company-signboard";

  /** Element ids. */
  public static final class Element {
    public static final String SIGNBOARD_REQUESTED = "signboard-requested";
    public static final String REGISTER_SIGNBOARD = "register-signboard";
    public static final String CHECK_SIGNBOARD_APPLICATION = "check-signboard-application";
    public static final String REJECT_SIGNBOARD = "reject-signboard";
    public static final String SIGNBOARD_REJECTED = "signboard-rejected";
    public static final String COLLECT_SIGNBOARD_FEE = "collect-signboard-fee";
    public static final String ORDER_SIGNBOARD = "order-signboard";
    public static final String RECORD_SIGNBOARD_DELIVERY = "record-signboard-delivery";
    public static final String CHECK_SIGNBOARD = "check-signboard";
    public static final String REMAKE_SIGNBOARD = "remake-signboard";
    public static final String HANG_SIGNBOARD = "hang-signboard";
    public static final String COMPLETE_SIGNBOARD = "complete-signboard";
    public static final String SIGNBOARD_HUNG = "signboard-hung";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String UNIT = "unit";
    public static final String COMPANY_NAME = "companyName";
    public static final String SIGN_TEXT = "signText";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String PHONE = "phone";
    public static final String RECEIVED_BY = "receivedBy";
    public static final String SIGNBOARD_NUMBER = "signboardNumber";
    public static final String APPLICATION_RESULT = "applicationResult";
    public static final String LICENCE_NUMBER = "licenceNumber";
    public static final String CHECK_NOTE = "checkNote";
    public static final String FEE_AMOUNT = "feeAmount";
    public static final String RECEIPT_NUMBER = "receiptNumber";
    public static final String MAKER_NAME = "makerName";
    public static final String DELIVERED_ON = "deliveredOn";
    public static final String DELIVERY_NOTE = "deliveryNote";
    public static final String SIGN_RESULT = "signResult";
    public static final String SIGN_CHECK_NOTE = "signCheckNote";
    public static final String HANGING_LOCATION = "hangingLocation";
    public static final String HANGING_NOTE = "hangingNote";

    private Var() {}
  }

  /** Values of {@link Var#APPLICATION_RESULT}. */
  public static final String APPLICATION_VALID = "valid";
  static final Set<String> APPLICATION_RESULTS = Set.of(APPLICATION_VALID, "invalid");
  /** Values of {@link Var#SIGN_RESULT}. */
  public static final String SIGN_MATCHES = "matches";
  static final Set<String> SIGN_RESULTS = Set.of(SIGN_MATCHES, "mismatch");

  private CompanySignboardProcess() {}
}
