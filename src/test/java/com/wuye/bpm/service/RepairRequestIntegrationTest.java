package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Element.*;
import static com.wuye.bpm.service.RepairRequestProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.support.ApiClient;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** repair-request with its real delegates: the owner's report through POST /api/repairs to the database. */
class RepairRequestIntegrationTest extends ServiceFlowTest {

  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private Staff engineer;
  private Staff customerServiceSupervisor;
  private Staff engineeringSupervisor;

  @BeforeEach
  void staff() {
    engineer = new Staff(processEngine, "gongcheng", "engineering");
    customerServiceSupervisor = new Staff(processEngine, "kefu-zhuguan", "customer-service-supervisor");
    engineeringSupervisor = new Staff(processEngine, "gongcheng-zhuguan", "engineering-supervisor");
  }

  @Test
  void closesAfterTheJointCallbackWithTheRepairInTheLedger() {
    String number = api.start("/api/repairs", RepairFixtures.leakInUnit());
    assertThat(number).matches("BX-\\d{4}-\\d{6}");
    String instance = api.instanceOf(number);

    engineer.complete(instance, SURVEY_REPAIR, RepairFixtures.survey());
    engineer.complete(instance, CARRY_OUT_REPAIR, RepairFixtures.repairWithCharge());
    kefu.complete(instance, FILE_REPAIR_RECORD, RepairFixtures.filing());
    customerServiceSupervisor.complete(instance, CALLBACK_REPAIR, RepairFixtures.callback(RepairRequestProcess.SATISFIED));
    engineeringSupervisor.complete(instance, REVIEW_REPAIR_CALLBACK, RepairFixtures.engineeringReview());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    Map<String, Object> row = jdbc.queryForMap("select * from repair_request where number = ?", number);
    assertThat(row).containsEntry("STATUS", "CLOSED").containsEntry("PRIORITY", "normal")
        .containsEntry("RESPONSE_MINUTES", 30).containsEntry("CHARGEABLE", true).containsEntry("SATISFIED", true)
        .containsEntry("RECEIVED_BY", "kefu").containsEntry("UNIT_CODE", RepairFixtures.UNIT)
        .containsEntry("REPAIR_PLAN", "更换接头与密封圈").containsEntry("REPAIR_ROUND", 1);
    assertThat(row.get("RESPONDED_AT")).isNotNull();
    assertThat(row.get("CLOSED_AT")).isNotNull();
    assertThat(row.get("ESCALATED_AT")).isNull();
    Map<String, Object> ledger = jdbc.queryForMap("""
        select l.* from repair_ledger l join repair_request r on r.id = l.repair_id where r.number = ?""", number);
    assertThat(ledger).containsEntry("ROUND_NO", 1).containsEntry("REPAIR_WORK", "已更换接头")
        .containsEntry("RECEIPT_NUMBER", "SJ-0001").containsEntry("REPAIRED_BY", "gongcheng")
        .containsEntry("FILED_BY", "kefu").containsEntry("LEDGER_NOTE", "已登记维修台账");
    assertThat((BigDecimal) ledger.get("CHARGE_AMOUNT")).isEqualByComparingTo("45.50");
    assertThat(jdbc.queryForList("select step from case_step where business_key = ? order by id", String.class,
        number)).containsExactly(SURVEY_REPAIR, CARRY_OUT_REPAIR, FILE_REPAIR_RECORD, CALLBACK_REPAIR,
        REVIEW_REPAIR_CALLBACK);
    assertThat(jdbc.queryForObject("select note from case_step where business_key = ? and step = ?", String.class,
        number, CALLBACK_REPAIR)).isEqualTo("满意：电话回访业主");
    assertThat(jdbc.queryForList("select kind from notice where reference = ? order by id", String.class, number))
        .containsExactly("repair-received", "repair-closed");

    ResponseEntity<Map> shown = ApiClient.as(rest, "jingli").get("/api/repairs/" + number);
    assertThat(shown.getStatusCode().value()).isEqualTo(200);
    assertThat(shown.getBody()).containsEntry("statusName", "已结案");
    assertThat((List<?>) shown.getBody().get("ledger")).hasSize(1);
    assertThat((List<?>) shown.getBody().get("steps")).hasSize(5);
  }

  @Test
  void repairsAgainWhenTheOwnerIsNotSatisfiedAndKeepsBothRoundsInTheLedger() {
    String number = api.start("/api/repairs", RepairFixtures.publicLight(false));
    String instance = api.instanceOf(number);
    engineer.complete(instance, SURVEY_REPAIR, RepairFixtures.survey());
    engineer.complete(instance, CARRY_OUT_REPAIR, RepairFixtures.repairFree());
    kefu.complete(instance, FILE_REPAIR_RECORD, RepairFixtures.filing());
    engineeringSupervisor.complete(instance, REVIEW_REPAIR_CALLBACK, RepairFixtures.engineeringReview());
    customerServiceSupervisor.complete(instance, CALLBACK_REPAIR,
        RepairFixtures.callback(RepairRequestProcess.UNSATISFIED));

    assertThat(jdbc.queryForMap("select status, repair_round from repair_request where number = ?", number))
        .containsEntry("STATUS", "REOPENED").containsEntry("REPAIR_ROUND", 2);
    engineer.complete(instance, CARRY_OUT_REPAIR, Map.of(Var.REPAIR_WORK, "更换整套灯具"));
    kefu.complete(instance, FILE_REPAIR_RECORD, Map.of());
    customerServiceSupervisor.complete(instance, CALLBACK_REPAIR, RepairFixtures.callback(RepairRequestProcess.SATISFIED));
    engineeringSupervisor.complete(instance, REVIEW_REPAIR_CALLBACK, RepairFixtures.engineeringReview());

    assertThat(jdbc.queryForObject("select status from repair_request where number = ?", String.class, number))
        .isEqualTo("CLOSED");
    assertThat(jdbc.queryForList("""
        select l.repair_work from repair_ledger l join repair_request r on r.id = l.repair_id
        where r.number = ? order by l.round_no""", String.class, number)).containsExactly("已更换灯管", "更换整套灯具");
    assertThat(jdbc.queryForObject("""
        select count(*) from repair_ledger l join repair_request r on r.id = l.repair_id
        where r.number = ? and l.charge_amount is null and l.filed_at is not null""", Integer.class, number))
        .isEqualTo(2);
  }

  @Test
  void escalatesToTheEngineeringSupervisorWhenNobodyRespondsInTime() {
    String number = api.start("/api/repairs", RepairFixtures.publicLight(true));
    String instance = api.instanceOf(number);

    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
        .singleResult().getId());

    engineeringSupervisor.complete(instance, ESCALATE_OVERDUE_REPAIR, Map.of(Var.SUPERVISOR_ACTION, "电话督促到场"));
    assertThat(jdbc.queryForMap("select priority, response_minutes, escalated_at from repair_request where number = ?",
        number)).containsEntry("PRIORITY", "urgent").containsEntry("RESPONSE_MINUTES", 15)
        .hasEntrySatisfying("ESCALATED_AT", at -> assertThat(at).isNotNull());
    assertThat(jdbc.queryForObject("select note from case_step where business_key = ? and step = ?", String.class,
        number, ESCALATE_OVERDUE_REPAIR)).isEqualTo("电话督促到场");
    engineer.task(instance, SURVEY_REPAIR);
  }

  @Test
  void refusesAReportWithBadFieldsNamingEachAndWritesNothing() {
    int repairs = count("repair_request");
    long instances = instances();
    Map<String, Object> report = RepairFixtures.report("roof", "unit", false);
    report.remove(Var.REPORTER_NAME);
    report.put(Var.CHANNEL, "fax");
    report.put(Var.PHONE, "call me");

    ResponseEntity<Map> response = api.post("kefu", "/api/repairs", report);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder(Var.REPORTER_NAME, Var.CHANNEL, Var.PHONE, Var.CATEGORY);
    assertThat(count("repair_request")).isEqualTo(repairs);
    assertThat(instances()).isEqualTo(instances);
  }

  @Test
  void answers404ForAnUnknownUnitAndWritesNothing() {
    int repairs = count("repair_request");
    long instances = instances();
    Map<String, Object> report = RepairFixtures.leakInUnit();
    report.put(Var.UNIT, "JLD-9-9999");

    ResponseEntity<Map> response = api.post("kefu", "/api/repairs", report);

    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(response.getBody().get("detail").toString()).contains("JLD-9-9999");
    assertThat(count("repair_request")).isEqualTo(repairs);
    assertThat(instances()).isEqualTo(instances);
  }

  @Test
  void answers403ToAUserOutsideTheStarterGroupsAndWritesNothing() {
    int repairs = count("repair_request");
    long instances = instances();

    ResponseEntity<Map> response = api.post("baoan", "/api/repairs", RepairFixtures.leakInUnit());

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(count("repair_request")).isEqualTo(repairs);
    assertThat(instances()).isEqualTo(instances);
    assertThat(ApiClient.as(rest, "guanjia").get("/api/repairs/ledger").getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void refusesAChargeableRepairWithoutItsChargeAndReceipt() {
    String number = api.start("/api/repairs", RepairFixtures.leakInUnit());
    String instance = api.instanceOf(number);
    engineer.complete(instance, SURVEY_REPAIR, RepairFixtures.survey());
    int ledger = count("repair_ledger");

    assertThatThrownBy(() -> engineer.complete(instance, CARRY_OUT_REPAIR, RepairFixtures.repairFree()))
        .hasRootCauseInstanceOf(BadInputException.class).rootCause()
        .hasMessageContaining(Var.CHARGE_AMOUNT).hasMessageContaining(Var.RECEIPT_NUMBER);
    assertThat(count("repair_ledger")).isEqualTo(ledger);
    engineer.task(instance, CARRY_OUT_REPAIR);
  }

  @Test
  void refusesACompletionThatChangesTheRepairNumber() {
    String number = api.start("/api/repairs", RepairFixtures.leakInUnit());
    String instance = api.instanceOf(number);
    Map<String, Object> hostile = new HashMap<>(RepairFixtures.survey());
    hostile.put(Var.REPAIR_NUMBER, "BX-2020-000001");

    assertThatThrownBy(() -> engineer.complete(instance, SURVEY_REPAIR, hostile))
        .hasRootCauseInstanceOf(BadInputException.class);
    assertThat(jdbc.queryForObject("select status from repair_request where number = ?", String.class, number))
        .isEqualTo("DISPATCHED");
  }

  @Test
  void refusesToCloseWhenAnotherCompletionOverridesTheOwnersAnswer() {
    String number = api.start("/api/repairs", RepairFixtures.publicLight(false));
    String instance = api.instanceOf(number);
    engineer.complete(instance, SURVEY_REPAIR, RepairFixtures.survey());
    engineer.complete(instance, CARRY_OUT_REPAIR, RepairFixtures.repairFree());
    kefu.complete(instance, FILE_REPAIR_RECORD, RepairFixtures.filing());
    customerServiceSupervisor.complete(instance, CALLBACK_REPAIR,
        RepairFixtures.callback(RepairRequestProcess.UNSATISFIED));
    Map<String, Object> hostile = new HashMap<>(RepairFixtures.engineeringReview());
    hostile.put(Var.CALLBACK_RESULT, RepairRequestProcess.SATISFIED);

    assertThatThrownBy(() -> engineeringSupervisor.complete(instance, REVIEW_REPAIR_CALLBACK, hostile))
        .isInstanceOf(UnprocessableException.class).hasMessageContaining("不能结案");
    assertThat(jdbc.queryForMap("select status, closed_at from repair_request where number = ?", number))
        .containsEntry("STATUS", "FILED").containsEntry("CLOSED_AT", null);
    engineeringSupervisor.task(instance, REVIEW_REPAIR_CALLBACK);
  }

  @Test
  void listsTheRepairsOfAUnitForManagers() {
    String number = api.start("/api/repairs", RepairFixtures.leakInUnit());

    ResponseEntity<List> found = ApiClient.as(rest, "jingli").get("/api/repairs?unit=" + RepairFixtures.UNIT,
        List.class);

    assertThat(found.getStatusCode().value()).isEqualTo(200);
    assertThat(found.getBody()).extracting(repair -> ((Map<?, ?>) repair).get("number")).contains(number);
  }

  @Test
  void startsFromTheTasklistStartFormWithTheNumberAsBusinessKey() {
    processEngine.getIdentityService().setAuthentication("kefu", List.of("customer-service"));
    String instanceId;
    try {
      instanceId = processEngine.getFormService().submitStartForm(processEngine.getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey(RepairRequestProcess.KEY).latestVersion()
          .singleResult().getId(), RepairFixtures.leakInUnit()).getId();
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }

    String number = (String) runtimeService.getVariable(instanceId, Var.REPAIR_NUMBER);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getBusinessKey()).isEqualTo(number);
    assertThat(jdbc.queryForObject("select received_by from repair_request where number = ?", String.class, number))
        .isEqualTo("kefu");
  }



  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  private long instances() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(RepairRequestProcess.KEY).count();
  }
}
