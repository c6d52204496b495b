package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Element;
import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Value;
import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for house-maintenance: what each form submits on the happy path. */
final class HouseMaintenanceFixtures {

  private HouseMaintenanceFixtures() {}

  /** Engineering plans a medium repair of the roof of building 3. */
  static Map<String, Object> roofPlan() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.BUILDING, "3栋屋面");
    variables.put(Var.REPAIR_SCOPE, Value.MEDIUM);
    variables.put(Var.PLAN_DESCRIPTION, "屋面防水层老化，雨季渗漏，按更新周期翻修防水层");
    variables.put(Var.PLANNED_START, "2027-03-01");
    return variables;
  }

  static Map<String, Object> decision(String field, String choice) {
    return Map.of(field, choice);
  }

  static Map<String, Object> rejected(String field, String noteField, String reason) {
    return Map.of(field, Value.REJECT, noteField, reason);
  }

  static Map<String, Object> survey() {
    return Map.of(Var.SURVEY_FINDINGS, "防水层大面积起鼓开裂，女儿墙泛水处渗漏，结构完好");
  }

  /** A scheme with the given budget (yuan). */
  static Map<String, Object> scheme(long budget) {
    return Map.of(Var.SCHEME_DESCRIPTION, "铲除旧防水层，铺设 SBS 改性沥青卷材两道", Var.BUDGET, budget,
        Var.FUNDING_SOURCE, "专项维修资金");
  }

  static Map<String, Object> resubmitted() {
    return Map.of(Var.RESUBMIT, Value.RESUBMIT, Var.PLAN_DESCRIPTION, "翻修防水层，并更换落水管",
        Var.PLANNED_START, "2027-04-01");
  }

  static Map<String, Object> withdrawn() {
    return Map.of(Var.RESUBMIT, Value.WITHDRAW, Var.WITHDRAW_REASON, "开发商保修期内，由开发商维修");
  }

  /** What each tender task submits. */
  static Map<String, Map<String, Object>> tender() {
    return Map.of(
        Element.ISSUE_TENDER, Map.of(Var.TENDER_NUMBER, "ZB-2027-003", Var.BID_DEADLINE, "2027-02-10"),
        Element.REVIEW_BIDS, Map.of(Var.QUALIFIED_BIDDERS, "甲建筑公司、乙防水工程公司"),
        Element.EVALUATE_BIDS, Map.of(Var.CONTRACTOR_NAME, "乙防水工程公司", Var.BID_AMOUNT, 168000,
            Var.EVALUATION_NOTE, "报价合理，业绩好"),
        Element.VISIT_CONTRACTOR, Map.of(Var.VISIT_FINDINGS, "资质齐全，在建项目管理规范"),
        Element.SIGN_REPAIR_CONTRACT, Map.of(Var.CONTRACT_NUMBER, "HT-2027-011", Var.CONTRACT_AMOUNT, 168000));
  }

  static Map<String, Object> supervised() {
    return Map.of(Var.SUPERVISION_NOTE, "每日巡查施工，材料进场抽检合格");
  }

  static Map<String, Object> accepted() {
    return Map.of(Var.ACCEPTANCE, Value.PASS);
  }

  static Map<String, Object> failed() {
    return Map.of(Var.ACCEPTANCE, Value.FAIL, Var.ACCEPTANCE_NOTE, "闭水试验东北角仍渗漏");
  }

  static Map<String, Object> settled(long amount) {
    return Map.of(Var.SETTLED_AMOUNT, amount, Var.VOUCHER_NUMBER, "FK-2027-0456");
  }

  static Map<String, Object> archived() {
    return Map.of(Var.ARCHIVE_ENTRY, "2027年3月屋面防水层翻修，保修五年");
  }
}
