package com.wuye.bpm.renovation;

import java.util.Set;

/**
 * The process {@code construction-pass} (bpmn/construction-pass.bpmn) as code sees it: its key, the ids of the
 * elements code and tests touch, and its variables. A released id is an API: do not rename.
 */
public final class ConstructionPassProcess {

  public static final String KEY = "construction-pass";

  /** Element ids. */
  public static final class Element {
    public static final String PASSES_REQUESTED = "passes-requested";
    public static final String RECORD_PASS_REQUEST = "record-pass-request";
    public static final String CHECK_CONTRACTOR_DOCUMENTS = "check-contractor-documents";
    public static final String REFUSE_PASSES = "refuse-construction-passes";
    public static final String PASSES_REFUSED = "passes-refused";
    public static final String REGISTER_WORKERS = "register-workers";
    public static final String ISSUE_PASSES = "issue-construction-passes";
    public static final String HAND_OUT_PASSES = "hand-out-passes";
    public static final String COLLECT_PASSES = "collect-passes";
    public static final String RECORD_PASS_COLLECTION = "record-pass-collection";
    public static final String PASSES_COLLECTED = "passes-collected";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // request (start form)
    public static final String PERMIT_NUMBER = "permitNumber";
    public static final String CONTRACTOR_NAME = "contractorName";
    public static final String CONTRACTOR_LICENCE = "contractorLicence";
    public static final String CONTRACTOR_PHONE = "contractorPhone";
    public static final String REQUESTED_BY = "requestedBy";
    // record and routing
    public static final String REQUEST_NUMBER = "passRequestNumber";
    public static final String UNIT = "unit";
    /** 证件审核: one of {@link ContractorCheck}; the gateway 资质合格？ reads it. */
    public static final String CONTRACTOR_CHECK = "contractorCheck";
    public static final String DOCUMENTS_NOTE = "documentsNote";
    /** The workers: name, ID number (masked once the passes are issued), photo taken, pass number. */
    public static final String WORKERS = "workers";
    public static final String WORKER_NAME = "name";
    public static final String WORKER_ID_NUMBER = "idNumber";
    public static final String WORKER_PHOTO_TAKEN = "photoTaken";
    public static final String WORKER_PASS_NUMBER = "passNumber";
    public static final String PASSES_VALID_UNTIL = "passesValidUntil";
    public static final String HANDED_OVER_TO = "handedOverTo";
    public static final String MISSING_PASS_NUMBERS = "missingPassNumbers";
    public static final String COLLECTION_NOTE = "collectionNote";

    private Var() {}
  }

  /** Values of {@link Var#CONTRACTOR_CHECK}: the contractor's documents accepted or refused, an explicit choice. */
  public static final class ContractorCheck {
    public static final String QUALIFIED = "qualified";
    public static final String REFUSED = "refused";
    public static final Set<String> ALL = Set.of(QUALIFIED, REFUSED);

    private ContractorCheck() {}
  }

  private ConstructionPassProcess() {}
}
