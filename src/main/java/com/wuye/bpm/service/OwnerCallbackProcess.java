package com.wuye.bpm.service;

import java.util.Map;
import java.util.Set;

/**
 * The process {@code owner-callback} (bpmn/owner-callback.bpmn) as code sees it: its key, the ids of the elements
 * code and tests touch, its variables and the values its gateways compare. A released id is an API.
 */
public final class OwnerCallbackProcess {

  public static final String KEY = "owner-callback";

  /** Element ids. */
  public static final class Element {
    public static final String CALLBACK_STARTED = "callback-started";
    public static final String PLAN_CALLBACK = "plan-callback";
    public static final String CALLBACK_NEEDED = "callback-needed";
    public static final String NO_CALLBACK_NEEDED = "no-callback-needed";
    public static final String APPOINT_CALLBACK = "appoint-callback";
    public static final String CALLBACK_DECLINED = "callback-declined";
    public static final String VISIT_OWNER = "visit-owner";
    public static final String WRITE_CALLBACK_RECORD = "write-callback-record";
    public static final String REVIEW_CALLBACK_RECORD = "review-callback-record";
    public static final String COMPLETE_CALLBACK = "complete-callback";
    public static final String CALLBACK_COMPLETED = "callback-completed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String PLANNED_BY = "plannedBy";
    public static final String CALLBACK_NUMBER = "callbackNumber";
    public static final String PLANNED = "planned";
    public static final String UNIT = "unit";
    public static final String PROBLEM_SUMMARY = "problemSummary";
    public static final String APPOINTMENT_RESULT = "appointmentResult";
    public static final String APPOINTMENT_AT = "appointmentAt";
    public static final String APPOINTMENT_NOTE = "appointmentNote";
    public static final String DEPARTMENTS = "departments";
    public static final String OWNER_QUESTIONS = "ownerQuestions";
    public static final String ON_SITE_RESULT = "onSiteResult";
    public static final String PENDING_ISSUES = "pendingIssues";
    public static final String AGREED_DATE = "agreedDate";
    public static final String RECORD_CONTENT = "recordContent";
    public static final String SATISFACTION = "satisfaction";
    public static final String REVIEW_RESULT = "reviewResult";
    public static final String REVIEW_NOTE = "reviewNote";

    private Var() {}
  }

  /** Values of {@link Var#APPOINTMENT_RESULT}. */
  public static final String APPOINTMENT_AGREED = "agreed";
  static final Map<String, String> APPOINTMENT_RESULTS = Map.of(APPOINTMENT_AGREED, "已约定回访时间", "declined",
      "业主谢绝回访");
  /** Values of {@link Var#ON_SITE_RESULT}. */
  public static final String RESOLVED_ON_SITE = "resolved";
  static final Map<String, String> ON_SITE_RESULTS = Map.of(RESOLVED_ON_SITE, "现场全部解决", "pending",
      "部分问题约定解决时间");
  /** Values of {@link Var#SATISFACTION}. */
  static final Set<String> SATISFACTIONS = Set.of("satisfied", "basically-satisfied", "unsatisfied");
  /** Values of {@link Var#DEPARTMENTS}: the departments that join the visit. */
  static final Set<String> DEPARTMENTS = Set.of("engineering", "security", "housekeeping", "finance");

  private OwnerCallbackProcess() {}
}
