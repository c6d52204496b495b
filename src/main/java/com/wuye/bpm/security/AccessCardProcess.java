package com.wuye.bpm.security;

/** The process {@code access-card} (bpmn/access-card.bpmn, 《物业品质管理手册》§5.5.1) as code sees it. */
public final class AccessCardProcess {

  public static final String KEY = "access-card";

  /** Element ids. */
  public static final class Element {
    public static final String CARD_APPLIED = "card-applied";
    public static final String REGISTER_ACCESS_CARD = "register-access-card";
    public static final String DOCUMENTS_MERGE = "documents-merge";
    public static final String CHECK_DOCUMENTS = "check-documents";
    public static final String DOCUMENTS_GATEWAY = "documents-gateway";
    public static final String RETURN_DOCUMENTS = "return-documents";
    public static final String OWNER_SIGNS = "owner-signs";
    public static final String ARCHIVE_COPIES = "archive-copies";
    public static final String ARCHIVE_REGISTER = "archive-register";
    public static final String CARD_ISSUED = "card-issued";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // application (apply-access-card)
    public static final String HOLDER_NAME = "holderName";
    public static final String UNIT = "unit";
    public static final String PHONE = "phone";
    public static final String HOLDER_TYPE = "holderType";
    public static final String ID_NUMBER = "idNumber";
    public static final String APPLIED_BY = "appliedBy";
    // check-documents and return-documents
    public static final String DOCUMENTS_COMPLETE = "documentsComplete";
    public static final String MISSING_DOCUMENTS = "missingDocuments";
    public static final String SUPPLEMENT_NOTE = "supplementNote";
    public static final String PAYMENT_KIND = "paymentKind";
    public static final String AMOUNT = "amount";
    public static final String RECEIPT_NUMBER = "receiptNumber";
    // record and later steps
    public static final String CARD_NUMBER = "cardNumber";
    public static final String OWNER_SIGNED = "ownerSigned";
    public static final String COPIES_FILE_NUMBER = "copiesFileNumber";
    public static final String REGISTER_FILE_NUMBER = "registerFileNumber";

    private Var() {}
  }

  /** Values of {@link Var#DOCUMENTS_COMPLETE}. */
  public static final String COMPLETE = "complete";
  public static final String INCOMPLETE = "incomplete";

  private AccessCardProcess() {}
}
