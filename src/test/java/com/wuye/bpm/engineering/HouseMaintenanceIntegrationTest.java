package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Element.*;
import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Value;
import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FlowStarter;
import com.wuye.bpm.api.ForbiddenException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** house-maintenance with its real delegates and step declarations: the record, the case file, refusals. */
class HouseMaintenanceIntegrationTest extends SpringIntegrationTest {

  private static final ApiUser ENGINEER = new ApiUser("gongcheng", List.of("engineering"));

  @Autowired FlowStarter starter;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HouseRepairService repairs;
  @Autowired CaseFile caseFile;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  @Test
  void aTenderedRepairIsRecordedFromPlanToArchive() {
    ProcessInstance instance = planned();
    String number = businessKey(instance);
    assertThat(number).matches("FX-\\d{4}-\\d{6}");
    assertThat(repairs.get(number).status()).isEqualTo(HouseRepairStatus.PLANNED);

    approvePlan(instance);
    complete(instance, SURVEY_HOUSE, "gongcheng", HouseMaintenanceFixtures.survey());
    complete(instance, DRAFT_REPAIR_SCHEME, "gongcheng", HouseMaintenanceFixtures.scheme(200_000));
    complete(instance, REVIEW_REPAIR_SCHEME, "gongcheng-zhuguan",
        HouseMaintenanceFixtures.decision(Var.SCHEME_REVIEW, Value.APPROVE));
    complete(instance, APPROVE_REPAIR_SCHEME, "zongjingli",
        HouseMaintenanceFixtures.decision(Var.SCHEME_APPROVAL, Value.APPROVE));
    assertThat(repairs.get(number).status()).isEqualTo(HouseRepairStatus.SCHEME_APPROVED);
    Map<String, Map<String, Object>> tender = HouseMaintenanceFixtures.tender();
    for (String step : List.of(ISSUE_TENDER, REVIEW_BIDS, EVALUATE_BIDS, VISIT_CONTRACTOR, SIGN_REPAIR_CONTRACT)) {
      complete(instance, step, "gongcheng", tender.get(step));
    }
    complete(instance, SUPERVISE_REPAIR, "gongcheng", HouseMaintenanceFixtures.supervised());
    complete(instance, ACCEPT_REPAIR, "gongcheng", HouseMaintenanceFixtures.failed());
    complete(instance, SUPERVISE_REPAIR, "gongcheng", HouseMaintenanceFixtures.supervised());
    complete(instance, ACCEPT_REPAIR, "gongcheng", HouseMaintenanceFixtures.accepted());
    complete(instance, SETTLE_REPAIR_PAYMENT, "caiwu", HouseMaintenanceFixtures.settled(168_000));
    complete(instance, UPDATE_TECHNICAL_ARCHIVE, "gongcheng", HouseMaintenanceFixtures.archived());

    HouseRepair repair = repairs.get(number);
    assertThat(repair.status()).isEqualTo(HouseRepairStatus.ARCHIVED);
    assertThat(repair.plannedBy()).isEqualTo("gongcheng");
    assertThat(repair.budget()).isEqualByComparingTo("200000");
    assertThat(repair.procurement()).isEqualTo(Value.TENDER);
    assertThat(repair.tenderNumber()).isEqualTo("ZB-2027-003");
    assertThat(repair.contractorName()).isEqualTo("乙防水工程公司");
    assertThat(repair.contractAmount()).isEqualByComparingTo("168000");
    assertThat(repair.reworkCount()).isEqualTo(1);
    assertThat(repair.settledAmount()).isEqualByComparingTo(new BigDecimal("168000.00"));
    assertThat(repair.voucherNumber()).isEqualTo("FK-2027-0456");
    assertThat(repair.archiveEntry()).contains("屋面防水层翻修");
    assertThat(repair.closedAt()).isNotNull();
    assertThat(caseFile.steps(number)).extracting(CaseStep::step).containsExactly(REVIEW_REPAIR_PLAN,
        APPROVE_REPAIR_PLAN, SURVEY_HOUSE, DRAFT_REPAIR_SCHEME, REVIEW_REPAIR_SCHEME, APPROVE_REPAIR_SCHEME,
        ISSUE_TENDER, REVIEW_BIDS, EVALUATE_BIDS, VISIT_CONTRACTOR, SIGN_REPAIR_CONTRACT, SUPERVISE_REPAIR,
        ACCEPT_REPAIR, SUPERVISE_REPAIR, ACCEPT_REPAIR, SETTLE_REPAIR_PAYMENT, UPDATE_TECHNICAL_ARCHIVE);
    assertThat(caseFile.steps(number)).filteredOn(step -> step.step().equals(ACCEPT_REPAIR))
        .extracting(CaseStep::note).containsExactly("验收不合格，返工：闭水试验东北角仍渗漏", "验收合格");
    assertThat(caseFile.steps(number).get(1).actor()).isEqualTo("zongjingli");

    var answer = ApiClient.as(rest, "zongjingli").get("/api/engineering/house-repairs/" + number);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("statusName", "已建档").containsEntry("procurementName", "招标");
    assertThat((List<?>) answer.getBody().get("steps")).hasSize(17);
  }

  @Test
  void aWithdrawnPlanIsClosedWithItsReason() {
    ProcessInstance instance = planned();
    String number = businessKey(instance);
    complete(instance, REVIEW_REPAIR_PLAN, "gongcheng-zhuguan",
        HouseMaintenanceFixtures.rejected(Var.PLAN_REVIEW, Var.PLAN_REVIEW_NOTE, "属开发商保修范围"));
    complete(instance, REVISE_REPAIR_PLAN, "gongcheng", HouseMaintenanceFixtures.withdrawn());

    HouseRepair repair = repairs.get(number);
    assertThat(repair.status()).isEqualTo(HouseRepairStatus.WITHDRAWN);
    assertThat(repair.closedReason()).isEqualTo("开发商保修期内，由开发商维修");
    assertThat(caseFile.steps(number)).extracting(CaseStep::note)
        .containsExactly("驳回：属开发商保修范围", "撤销计划：开发商保修期内，由开发商维修");
  }

  @Test
  void aRejectionWithoutAReasonIsRefusedAndNothingIsWritten() {
    ProcessInstance instance = planned();
    String number = businessKey(instance);
    long steps = steps(number);

    assertThatThrownBy(() -> complete(instance, REVIEW_REPAIR_PLAN, "gongcheng-zhuguan",
        Map.of(Var.PLAN_REVIEW, Value.REJECT)))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.PLAN_REVIEW_NOTE);
    assertThatThrownBy(() -> complete(instance, REVIEW_REPAIR_PLAN, "gongcheng-zhuguan",
        Map.of(Var.PLAN_REVIEW, "maybe")))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.PLAN_REVIEW);

    assertThat(steps(number)).isEqualTo(steps);
    assertThat(task(instance, REVIEW_REPAIR_PLAN)).isNotNull();
  }

  @Test
  void aCompletionThatChangesTheRecordNumberIsRefused() {
    ProcessInstance instance = planned();
    String number = businessKey(instance);
    long steps = steps(number);
    Map<String, Object> hostile = new HashMap<>(HouseMaintenanceFixtures.decision(Var.PLAN_REVIEW, Value.APPROVE));
    hostile.put(Var.REPAIR_NUMBER, "FX-2026-999999");

    assertThatThrownBy(() -> complete(instance, REVIEW_REPAIR_PLAN, "gongcheng-zhuguan", hostile))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.REPAIR_NUMBER);

    assertThat(steps(number)).isEqualTo(steps);
  }

  @Test
  void aStepOutOfTurnIsRefusedWithoutWriting() {
    ProcessInstance instance = planned();
    String number = businessKey(instance);

    assertThatThrownBy(() -> repairs.settled(number, new BigDecimal("1"), "FK-1"))
        .isInstanceOf(UnprocessableException.class).hasMessageContaining("计划审批中");

    assertThat(repairs.get(number).settledAmount()).isNull();
  }

  @Test
  void aNegativeBudgetIsRefusedAndTheSchemeStaysUnwritten() {
    ProcessInstance instance = planned();
    String number = businessKey(instance);
    approvePlan(instance);
    complete(instance, SURVEY_HOUSE, "gongcheng", HouseMaintenanceFixtures.survey());
    long steps = steps(number);
    Map<String, Object> scheme = new HashMap<>(HouseMaintenanceFixtures.scheme(1));
    scheme.put(Var.BUDGET, "-5");

    assertThatThrownBy(() -> complete(instance, DRAFT_REPAIR_SCHEME, "gongcheng", scheme))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.BUDGET);

    assertThat(steps(number)).isEqualTo(steps);
    assertThat(repairs.get(number).budget()).isNull();
  }

  @Test
  void onlyEngineeringMayPlanARepair() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(HouseMaintenanceProcess.KEY)
        .count();

    assertThatThrownBy(() -> starter.start(new ApiUser("baoan", List.of("security")), HouseMaintenanceProcess.KEY,
        null, HouseMaintenanceFixtures.roofPlan())).isInstanceOf(ForbiddenException.class);

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(HouseMaintenanceProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void theQueryAnswersManagersAndRefusesOthers() {
    ApiClient manager = ApiClient.as(rest, "jingli");
    assertThat(manager.get("/api/engineering/house-repairs?status=PLANNED", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(manager.get("/api/engineering/house-repairs?status=DONE", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ApiClient.as(rest, "baoan").get("/api/engineering/house-repairs", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ApiClient.as(rest, "jingli").get("/api/engineering/house-repairs/FX-1999-000001").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ProcessInstance planned() {
    return starter.start(ENGINEER, HouseMaintenanceProcess.KEY, null, HouseMaintenanceFixtures.roofPlan());
  }

  private void approvePlan(ProcessInstance instance) {
    complete(instance, REVIEW_REPAIR_PLAN, "gongcheng-zhuguan",
        HouseMaintenanceFixtures.decision(Var.PLAN_REVIEW, Value.APPROVE));
    complete(instance, APPROVE_REPAIR_PLAN, "zongjingli",
        HouseMaintenanceFixtures.decision(Var.PLAN_APPROVAL, Value.APPROVE));
  }

  private String businessKey(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private void complete(ProcessInstance instance, String key, String user, Map<String, Object> variables) {
    Task task = task(instance, key);
    assertThat(task).as("open task %s", key).isNotNull();
    taskService.setAssignee(task.getId(), user);
    taskService.complete(task.getId(), variables);
  }

  private long steps(String number) {
    return jdbc.sql("select count(*) from case_step where business_key = :key").param("key", number)
        .query(Long.class).single();
  }
}
