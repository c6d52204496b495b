package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Element.*;
import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.renovation.ConstructionPassProcess.ContractorCheck;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.support.EngineSteps;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * construction-pass with the real delegates on the database, for a permit issued by renovation-approval: passes
 * issued per worker, ID numbers masked in the process and at the gate, collected with one recorded missing.
 */
class ConstructionPassIntegrationTest extends SpringIntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  private static final String LI_QIANG = "11010519491231002X";
  private static final String ZHAO_MING = "510108198511114564";
  private static final Map<String, Object> QUALIFIED = Map.of(Var.CONTRACTOR_CHECK, ContractorCheck.QUALIFIED);

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired RenovationService renovations;
  @Autowired ConstructionPassService passes;
  @Autowired NoticeService notices;
  @Autowired IdentityService identityService;

  @Test
  void issuesOnePassPerWorkerAndRecordsTheMissingOneAtCollection() {
    RenovationPermit permit = permitForWorksUntil(LocalDate.now().plusMonths(2));
    String instanceId = requestPasses(permit.number());
    String number = (String) runtimeService.getVariable(instanceId, Var.REQUEST_NUMBER);
    assertThat(number).matches("SGSQ-\\d{4}-\\d{5}");
    EngineSteps.complete(processEngine, instanceId, CHECK_CONTRACTOR_DOCUMENTS, QUALIFIED);
    EngineSteps.complete(processEngine, instanceId, REGISTER_WORKERS, Map.of(Var.WORKERS, workers(
        Map.of(Var.WORKER_NAME, "李强", Var.WORKER_ID_NUMBER, LI_QIANG.toLowerCase(), Var.WORKER_PHOTO_TAKEN, true),
        Map.of(Var.WORKER_NAME, "赵明", Var.WORKER_ID_NUMBER, ZHAO_MING, Var.WORKER_PHOTO_TAKEN, true))));

    List<ConstructionPass> issued = passes.passesOf(passes.request(number));
    assertThat(issued).extracting(ConstructionPass::workerName).containsExactly("李强", "赵明");
    assertThat(issued).extracting(ConstructionPass::idNumber).containsExactly(LI_QIANG, ZHAO_MING);
    assertThat(issued).allSatisfy(pass -> {
      assertThat(pass.number()).matches("SGZ-\\d{4}-\\d{6}");
      assertThat(pass.validUntil()).isEqualTo(permit.validUntil());
    });
    String shownToStaff = runtimeService.getVariableTyped(instanceId, Var.WORKERS).getValue().toString();
    assertThat(shownToStaff).contains("110***********002X", issued.get(0).number()).doesNotContain(LI_QIANG, ZHAO_MING);
    assertThat(gate(issued.get(0).number()).getBody()).containsEntry("status", "VALID")
        .containsEntry("unit", permit.unit()).containsEntry("idNumber", "110***********002X")
        .containsEntry("workerName", "李强");

    EngineSteps.complete(processEngine, instanceId, HAND_OUT_PASSES, Map.of(Var.HANDED_OVER_TO, "张工"));
    Task collect = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(collect.getDueDate()).isNotNull();
    EngineSteps.complete(processEngine, instanceId, COLLECT_PASSES, Map.of(Var.MISSING_PASS_NUMBERS, issued.get(1).number(),
        Var.COLLECTION_NOTE, "赵明已离职，证件未交回"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(passes.request(number).status()).isEqualTo(ConstructionPassRequest.COLLECTED);
    assertThat(gate(issued.get(0).number()).getBody()).containsEntry("status", "RETURNED");
    assertThat(gate(issued.get(1).number()).getBody()).containsEntry("status", "MISSING");
  }

  /**
   * Issue 4: with history level full the workers as submitted at the desk would stay in the engine's history
   * (variable instance and its details), readable by anyone with READ_HISTORY. Submitted the way Tasklist does.
   */
  @Test
  void keepsFullIdNumbersOutOfTheEngineHistory() {
    String instanceId = requestPasses(permitForWorksUntil(LocalDate.now().plusMonths(2)).number());
    String number = (String) runtimeService.getVariable(instanceId, Var.REQUEST_NUMBER);
    EngineSteps.complete(processEngine, instanceId, CHECK_CONTRACTOR_DOCUMENTS, QUALIFIED);
    Task register = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    String workers = Spin.JSON(List.of(
        Map.of(Var.WORKER_NAME, "李强", Var.WORKER_ID_NUMBER, LI_QIANG.toLowerCase(), Var.WORKER_PHOTO_TAKEN, true),
        Map.of(Var.WORKER_NAME, "赵明", Var.WORKER_ID_NUMBER, ZHAO_MING, Var.WORKER_PHOTO_TAKEN, true))).toString();
    ResponseEntity<String> submitted = rest.withBasicAuth("kefu", "demo").exchange(
        "/engine-rest/task/" + register.getId() + "/submit-form", HttpMethod.POST, new HttpEntity<>(Map.of(
            "variables", Map.of(Var.WORKERS, Map.of("type", "Json", "value", workers)))), String.class);
    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(passes.passesOf(passes.request(number))).extracting(ConstructionPass::idNumber)
        .containsExactly(LI_QIANG, ZHAO_MING);
    assertThat(runtimeService.getVariableTyped(instanceId, Var.WORKERS).getValue().toString())
        .contains("110***********002X", "510***********4564");
    assertNoFullIdNumberInHistory(instanceId);
    // what a manager sees through the REST API; serialized values as stored, so that the JSON is shown as text
    for (String history : List.of("detail", "variable-instance")) {
      ResponseEntity<String> shown = rest.withBasicAuth("jingli", "demo").getForEntity("/engine-rest/history/"
          + history + "?processInstanceId=" + instanceId + "&variableName=" + Var.WORKERS + "&deserializeValues=false",
          String.class);
      assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(shown.getBody()).as(history).contains("110***********002X");
      assertThat(withoutFullIdNumbers(shown.getBody())).as(shown.getBody()).isTrue();
    }
    ResponseEntity<String> details = rest.withBasicAuth("jingli", "demo").getForEntity(
        "/engine-rest/history/detail?processInstanceId=" + instanceId, String.class);
    assertThat(details.getBody()).contains("\"variableName\":\"workers\"");
    assertThat(withoutFullIdNumbers(details.getBody())).isTrue();

    // the rest of the flow works on the new variable and its history
    EngineSteps.complete(processEngine, instanceId, HAND_OUT_PASSES, Map.of(Var.HANDED_OVER_TO, "张工"));
    EngineSteps.complete(processEngine, instanceId, COLLECT_PASSES, Map.of(Var.COLLECTION_NOTE, "全部交回"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(passes.request(number).status()).isEqualTo(ConstructionPassRequest.COLLECTED);
    assertNoFullIdNumberInHistory(instanceId);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(Var.WORKERS).singleResult().getValue().toString()).contains("110***********002X");
  }

  private void assertNoFullIdNumberInHistory(String instanceId) {
    List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(instanceId).list();
    assertThat(details).isNotEmpty().allSatisfy(detail -> assertThat(withoutFullIdNumbers(String.valueOf(
        detail instanceof HistoricVariableUpdate update ? update.getValue()
            : ((HistoricFormField) detail).getFieldValue()))).as(detail.toString()).isTrue());
    List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instanceId).includeDeleted().list();
    assertThat(variables).isNotEmpty().allSatisfy(variable -> assertThat(withoutFullIdNumbers(
        String.valueOf(variable.getValue()))).as(variable.getName()).isTrue());
    // and no serialized value (runtime or history) of the instance holds one either
    assertThat(jdbc.queryForList("select BYTES_ from ACT_GE_BYTEARRAY where ROOT_PROC_INST_ID_ = ?", byte[].class,
        instanceId)).isNotEmpty().allSatisfy(bytes -> assertThat(withoutFullIdNumbers(
            bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8))).isTrue());
  }

  private static boolean withoutFullIdNumbers(String text) {
    String upper = text.toUpperCase();
    return !upper.contains(LI_QIANG) && !upper.contains(ZHAO_MING);
  }

  @Test
  void keepsRegistrationOpenForAWrongIdNumberOrAMissingPhoto() {
    String instanceId = requestPasses(permitForWorksUntil(LocalDate.now().plusMonths(1)).number());
    EngineSteps.complete(processEngine, instanceId, CHECK_CONTRACTOR_DOCUMENTS, QUALIFIED);
    Task register = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();

    assertThatThrownBy(() -> taskService.complete(register.getId(), Map.of(Var.WORKERS, workers(
        Map.of(Var.WORKER_NAME, "李强", Var.WORKER_ID_NUMBER, "110105194912310021", Var.WORKER_PHOTO_TAKEN, true),
        Map.of(Var.WORKER_NAME, "赵明", Var.WORKER_ID_NUMBER, ZHAO_MING, Var.WORKER_PHOTO_TAKEN, false)))))
        .hasMessageContaining("workers[0].idNumber").hasMessageContaining("workers[1].photoTaken");
    assertThat(taskService.createTaskQuery().taskId(register.getId()).count()).isOne();
    assertThat(jdbc.queryForObject("""
        select count(*) from construction_pass p join construction_pass_request r on r.id = p.request_id
        where r.process_instance_id = ?""", Integer.class, instanceId)).isZero();
  }

  @Test
  void refusesAndTellsTheOwnerWhenContractorNotQualified() {
    String instanceId = requestPasses(permitForWorksUntil(LocalDate.now().plusMonths(1)).number());
    String number = (String) runtimeService.getVariable(instanceId, Var.REQUEST_NUMBER);
    EngineSteps.complete(processEngine, instanceId, CHECK_CONTRACTOR_DOCUMENTS, Map.of(Var.CONTRACTOR_CHECK,
        ContractorCheck.REFUSED, Var.DOCUMENTS_NOTE, "资质证书已过期"));
    EngineSteps.runAsyncJobs(processEngine, instanceId);

    assertThat(passes.request(number).status()).isEqualTo(ConstructionPassRequest.REFUSED);
    assertThat(notices.issuedFor(number)).extracting(Notice::kind).containsExactly("construction-passes-refused");
  }

  @Test
  void refusesARequestForAnExpiredOrUnknownPermit() {
    RenovationPermit expired = permitForWorksUntil(LocalDate.now().plusMonths(1));
    // the works ran over: the permit ended yesterday
    jdbc.update("update renovation_permit set valid_until = ? where number = ?", LocalDate.now().minusDays(1),
        expired.number());
    assertThatThrownBy(() -> requestPasses(expired.number())).hasMessageContaining("permitNumber")
        .hasMessageContaining("到期");
    assertThatThrownBy(() -> requestPasses("ZX-1999-00001")).hasMessageContaining("不存在");
  }

  @Test
  void showsAnExpiredPassAsExpiredAndAnswers404ForAnUnknownOne() {
    String instanceId = requestPasses(permitForWorksUntil(LocalDate.now().plusMonths(1)).number());
    EngineSteps.complete(processEngine, instanceId, CHECK_CONTRACTOR_DOCUMENTS, QUALIFIED);
    EngineSteps.complete(processEngine, instanceId, REGISTER_WORKERS, Map.of(Var.WORKERS, workers(
        Map.of(Var.WORKER_NAME, "李强", Var.WORKER_ID_NUMBER, LI_QIANG, Var.WORKER_PHOTO_TAKEN, true))));
    String passNumber = passes.passesOf(passes.request((String) runtimeService.getVariable(instanceId,
        Var.REQUEST_NUMBER))).get(0).number();
    // the works ran over: the permit (and so the pass) ended yesterday
    jdbc.update("update construction_pass set valid_until = ? where number = ?", LocalDate.now().minusDays(1),
        passNumber);

    assertThat(gate(passNumber).getBody()).containsEntry("status", "EXPIRED");
    ResponseEntity<Map<String, Object>> unknown = gate("SGZ-1999-000001");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(rest.withBasicAuth("caiwu", "demo").exchange("/api/passes/" + passNumber, HttpMethod.GET, null, JSON)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * Issue 20.1: the instance of a contractor whose documents were refused, moved on to 办理出入证 (an administrator
   * may), issues no pass.
   */
  @Test
  void issuesNoPassForAContractorWhoseDocumentsWereRefused() {
    String instanceId = requestPasses(permitForWorksUntil(LocalDate.now().plusMonths(1)).number());
    String number = (String) runtimeService.getVariable(instanceId, Var.REQUEST_NUMBER);
    EngineSteps.complete(processEngine, instanceId, CHECK_CONTRACTOR_DOCUMENTS, Map.of(Var.CONTRACTOR_CHECK,
        ContractorCheck.REFUSED, Var.DOCUMENTS_NOTE, "资质证书已过期"));
    int issued = passCount();

    identityService.setAuthentication("demo", List.of("camunda-admin"));
    try {
      assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(instanceId)
          .startBeforeActivity(ISSUE_PASSES).setVariable(Var.WORKERS, workers(Map.of(Var.WORKER_NAME, "李强",
              Var.WORKER_ID_NUMBER, LI_QIANG, Var.WORKER_PHOTO_TAKEN, true)))
          .execute()).isInstanceOf(UnprocessableException.class);
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(passCount()).isEqualTo(issued);
    assertThat(passes.request(number).status()).isEqualTo(ConstructionPassRequest.REFUSED);
  }

  /**
   * Issue 20.1: an instance started at any later step with an existing request's number (an administrator may start
   * there) changes nothing of that request: it is not the instance's own.
   */
  @ParameterizedTest(name = "started at {0}")
  @ValueSource(strings = {REFUSE_PASSES, ISSUE_PASSES, RECORD_PASS_COLLECTION})
  void refusesEveryStepOfAnInstanceStartedInTheMiddle(String activity) {
    String instanceId = requestPasses(permitForWorksUntil(LocalDate.now().plusMonths(1)).number());
    String number = (String) runtimeService.getVariable(instanceId, Var.REQUEST_NUMBER);
    Map<String, Object> before = jdbc.queryForMap("select * from construction_pass_request where number = ?", number);
    int issued = passCount();
    int noticesBefore = notices.issuedFor(number).size();

    assertThat(EngineSteps.startAtAsAdministrator(processEngine, ConstructionPassProcess.KEY, number, activity,
        Map.of(Var.WORKERS, workers(Map.of(Var.WORKER_NAME, "李强", Var.WORKER_ID_NUMBER, LI_QIANG,
            Var.WORKER_PHOTO_TAKEN, true))))).isInstanceOf(UnprocessableException.class);

    assertThat(jdbc.queryForMap("select * from construction_pass_request where number = ?", number))
        .isEqualTo(before);
    assertThat(passCount()).isEqualTo(issued);
    assertThat(notices.issuedFor(number)).hasSize(noticesBefore);
  }

  /** Issue 20.2: a completion that sends another request's number is refused; neither request changes. */
  @Test
  void refusesACompletionThatForgesTheRequestNumber() {
    String own = requestPasses(permitForWorksUntil(LocalDate.now().plusMonths(1)).number());
    String other = (String) runtimeService.getVariable(
        requestPasses(permitForWorksUntil(LocalDate.now().plusMonths(1)).number()), Var.REQUEST_NUMBER);
    Task check = taskService.createTaskQuery().processInstanceId(own).singleResult();
    Map<String, Object> forged = new java.util.HashMap<>(QUALIFIED);
    forged.put(Var.REQUEST_NUMBER, other);

    assertThatThrownBy(() -> taskService.complete(check.getId(), forged))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.REQUEST_NUMBER);

    assertThat(passes.request(other).status()).isEqualTo(ConstructionPassRequest.REQUESTED);
    assertThat(passes.request((String) runtimeService.getVariable(own, Var.REQUEST_NUMBER)).status())
        .isEqualTo(ConstructionPassRequest.REQUESTED);
    assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).isOne();
  }

  private int passCount() {
    return jdbc.queryForObject("select count(*) from construction_pass", Integer.class);
  }

  /** Runs renovation-approval for a fresh unit until the permit is issued. */
  private RenovationPermit permitForWorksUntil(LocalDate end) {
    String unit = RenovationTestUnits.newUnit(jdbc);
    RenovationApplication application = RenovationFixtures.application(unit, false, false, new BigDecimal("60"));
    application = new RenovationApplication(unit, application.ownerName(), application.ownerPhone(),
        application.contractorName(), application.contractorPhone(), LocalDate.now().minusDays(7), end, false, false,
        application.areaSqm(), application.description(), application.documents());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(RenovationApprovalProcess.KEY,
        application.asVariables());
    for (String step : List.of(RenovationApprovalProcess.Element.CHECK_DOCUMENTS,
        RenovationApprovalProcess.Element.APPROVE_RENOVATION, RenovationApprovalProcess.Element.COLLECT_FEES)) {
      EngineSteps.complete(processEngine, instance.getId(), step, RenovationFixtures.happyAnswers(step));
    }
    EngineSteps.runAsyncJobs(processEngine, instance.getId());
    return renovations.permitOf(renovations.get(
        (String) runtimeService.getVariable(instance.getId(), RenovationApprovalProcess.Var.APPLICATION_NUMBER)));
  }

  private String requestPasses(String permitNumber) {
    return runtimeService.startProcessInstanceByKey(ConstructionPassProcess.KEY, Map.of(
        Var.PERMIT_NUMBER, permitNumber, Var.CONTRACTOR_NAME, "安居装饰工程有限公司",
        Var.CONTRACTOR_LICENCE, "D244012345", Var.CONTRACTOR_PHONE, "020-88886666", Var.REQUESTED_BY, "kefu")).getId();
  }

  /** The workers as Tasklist submits a dynamic list: JSON. */
  @SafeVarargs
  private static Object workers(Map<String, Object>... workers) {
    return SpinValues.jsonValue(Spin.JSON(List.of(workers))).create();
  }

  private ResponseEntity<Map<String, Object>> gate(String passNumber) {
    return rest.withBasicAuth("baoan", "demo").exchange("/api/passes/" + passNumber, HttpMethod.GET, null, JSON);
  }

}
