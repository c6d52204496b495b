package com.wuye.bpm.service;

import java.util.Set;

/**
 * The process {@code owner-occupancy} (bpmn/owner-occupancy.bpmn) as code sees it: its key, the ids of the
 * elements code and tests touch, its variables and the values its gateways compare. A released id is an API.
 */
public final class OwnerOccupancyProcess {

  public static final String KEY = "owner-occupancy";

  /** Element ids. */
  public static final class Element {
    public static final String OWNER_REPORTED = "owner-reported";
    public static final String REGISTER_OCCUPANCY = "register-occupancy";
    public static final String CHECK_OCCUPANCY_DOCUMENTS = "check-occupancy-documents";
    public static final String POSTPONE_OCCUPANCY = "postpone-occupancy";
    public static final String OCCUPANCY_POSTPONED = "occupancy-postponed";
    public static final String INTRODUCE_SERVICES = "introduce-services";
    public static final String INSPECT_HOUSE = "inspect-house";
    public static final String RECTIFY_HOUSE_DEFECTS = "rectify-house-defects";
    public static final String HAND_OVER_KEYS = "hand-over-keys";
    public static final String ARRANGE_UTILITIES = "arrange-utilities";
    public static final String COMPLETE_OCCUPANCY = "complete-occupancy";
    public static final String OWNER_MOVED_IN = "owner-moved-in";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String UNIT = "unit";
    public static final String OWNER_NAME = "ownerName";
    public static final String PHONE = "phone";
    public static final String NOTIFIED_DATE = "notifiedDate";
    public static final String SALES_ASSISTANT = "salesAssistant";
    public static final String RECEIVED_BY = "receivedBy";
    public static final String OCCUPANCY_NUMBER = "occupancyNumber";
    public static final String DOCUMENTS_RESULT = "documentsResult";
    public static final String DOCUMENTS_NOTE = "documentsNote";
    public static final String SERVICES_INTRODUCED = "servicesIntroduced";
    public static final String INTRODUCTION_NOTE = "introductionNote";
    public static final String INSPECTION_RESULT = "inspectionResult";
    public static final String INSPECTION_NOTE = "inspectionNote";
    public static final String RECTIFICATION_NOTE = "rectificationNote";
    public static final String KEY_COUNT = "keyCount";
    public static final String KEY_NOTE = "keyNote";
    public static final String UTILITIES_ARRANGED = "utilitiesArranged";
    public static final String DECORATION_ADVICE = "decorationAdvice";
    public static final String OCCUPANCY_NOTE = "occupancyNote";

    private Var() {}
  }

  /** Values of {@link Var#DOCUMENTS_RESULT}. */
  public static final String DOCUMENTS_COMPLETE = "complete";
  public static final String DOCUMENTS_INCOMPLETE = "incomplete";
  static final Set<String> DOCUMENTS_RESULTS = Set.of(DOCUMENTS_COMPLETE, DOCUMENTS_INCOMPLETE);
  /** Values of {@link Var#INSPECTION_RESULT}. */
  public static final String HOUSE_ACCEPTED = "accepted";
  public static final String HOUSE_DEFECTS = "defects";
  static final Set<String> INSPECTION_RESULTS = Set.of(HOUSE_ACCEPTED, HOUSE_DEFECTS);
  /** Values of {@link Var#DECORATION_ADVICE}. */
  static final String DECORATION_ADVICE_WANTED = "wanted";
  static final Set<String> DECORATION_ADVICE = Set.of(DECORATION_ADVICE_WANTED, "not-needed");
  /** What the 《用户手册》 hand-over introduces; the manual itself must be among them. */
  static final String USER_MANUAL = "user-manual";
  static final Set<String> SERVICES = Set.of(USER_MANUAL, "fees", "renovation", "repair", "safety");
  static final Set<String> UTILITIES = Set.of("water", "power", "gas", "cable");

  private OwnerOccupancyProcess() {}
}
