package com.wuye.bpm.security;

/** The process {@code lost-and-found} (bpmn/lost-and-found.bpmn, 《物业品质管理手册》§5.5.3) as code sees it. */
public final class LostAndFoundProcess {

  public static final String KEY = "lost-and-found";

  /** Element ids. */
  public static final class Element {
    public static final String ITEM_HANDED_OVER = "item-handed-over";
    public static final String RECORD_FOUND_ITEM = "record-found-item";
    public static final String NOTIFY_OWNER = "notify-owner";
    public static final String POST_NOTICE = "post-notice";
    public static final String HAND_BACK_ITEM = "hand-back-item";
    public static final String RETENTION_EXPIRED = "retention-expired";
    public static final String DISPOSE_ITEM = "dispose-item";
    public static final String ARCHIVE_FOUND_ITEM = "archive-found-item";
    public static final String FOUND_ITEM_CLOSED = "found-item-closed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // handover record (register-found-item)
    public static final String ITEM_DESCRIPTION = "itemDescription";
    public static final String FOUND_PLACE = "foundPlace";
    public static final String FINDER_NAME = "finderName";
    public static final String OWNER_KNOWN = "ownerKnown";
    public static final String OWNER_NAME = "ownerName";
    public static final String OWNER_PHONE = "ownerPhone";
    public static final String ITEM_CHECKED = "itemChecked";
    public static final String RECEIVED_BY = "receivedBy";
    // record
    public static final String FOUND_ITEM_NUMBER = "foundItemNumber";
    public static final String RETENTION_DEADLINE = "retentionDeadline";
    // posting, claim, disposal
    public static final String NOTICE_PLACE = "noticePlace";
    public static final String CLAIMANT_NAME = "claimantName";
    public static final String CLAIMANT_ID_NUMBER = "claimantIdNumber";
    public static final String CLAIMANT_PHONE = "claimantPhone";
    public static final String IDENTITY_CHECKED = "identityChecked";
    public static final String DISPOSAL_METHOD = "disposalMethod";
    public static final String DISPOSAL_NOTE = "disposalNote";

    private Var() {}
  }

  private LostAndFoundProcess() {}
}
