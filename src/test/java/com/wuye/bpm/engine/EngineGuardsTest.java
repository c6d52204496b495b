package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 20, points 1 and 4, through the engine's REST API as the Modeler, Tasklist and any integration use it: a
 * flow begins at a start event for everyone but administrators (no permit issued by starting before
 * issue-renovation-permit), modification, migration and batch restarts are for administrators; a deployment cannot
 * reach Spring beans that are not offered to models, nor run scripts or Java classes of its own.
 */
class EngineGuardsTest extends SpringIntegrationTest {

  private static final String STEPS = "guard-steps";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;

  private List<String> grants = List.of();

  /** Two steps anyone in customer-service may start, and may modify and restart as far as permissions go. */
  @BeforeEach
  void deployTwoSteps() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(STEPS).count() == 0) {
      repositoryService.createDeployment().name(STEPS).addString(STEPS + ".bpmn", model("""
          <startEvent id="begun"/>
          <sequenceFlow id="f1" sourceRef="begun" targetRef="first"/>
          <userTask id="first" camunda:candidateGroups="customer-service"/>
          <sequenceFlow id="f2" sourceRef="first" targetRef="second"/>
          <userTask id="second" camunda:candidateGroups="customer-service"/>
          <sequenceFlow id="f3" sourceRef="second" targetRef="done"/>
          <endEvent id="done"/>""")).deploy();
    }
    grants = List.of(
        grant(Resources.PROCESS_DEFINITION, STEPS, Permissions.READ, Permissions.CREATE_INSTANCE,
            Permissions.READ_HISTORY, Permissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE),
        grant(Resources.BATCH, "*", Permissions.CREATE));
  }

  @AfterEach
  void revokeGrants() {
    grants.forEach(authorizationService::deleteAuthorization);
  }

  @Test
  void renovationPermitStartedBeforeItsStepIsRefusedAndWritesNothing() {
    long renovations = count("renovation");
    long permits = count("renovation_permit");
    long instances = historyService.createHistoricProcessInstanceQuery().count();

    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson(
        "/engine-rest/process-definition/key/renovation-approval/start", """
        {"businessKey":"ZXSQ-2026-99999",
         "variables":{"unit":{"value":"1栋101","type":"String"}},
         "startInstructions":[{"type":"startBeforeActivity","activityId":"issue-renovation-permit"}]}""");

    assertForbiddenProblem(response);
    assertThat(count("renovation")).isEqualTo(renovations);
    assertThat(count("renovation_permit")).isEqualTo(permits);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void startAfterTheStartEventOrAtAStartEventInsideASubprocessIsRefused() {
    long instances = historyService.createHistoricProcessInstanceQuery().count();
    for (String instruction : List.of(
        "{\"type\":\"startAfterActivity\",\"activityId\":\"renovation-applied\"}",
        "{\"type\":\"startBeforeActivity\",\"activityId\":\"engineering-review-started\"}",
        "{\"type\":\"startTransition\",\"transitionId\":\"f2\"}")) {
      ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson(
          "/engine-rest/process-definition/key/renovation-approval/start",
          "{\"startInstructions\":[" + instruction + "]}");
      assertForbiddenProblem(response);
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void startWithoutInstructionsOrBeforeTheStartEventBeginsAtTheFirstStep() {
    for (String body : List.of("{}",
        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"begun\"}]}")) {
      ResponseEntity<Map> response = ApiClient.as(rest, "kefu")
          .postJson("/engine-rest/process-definition/key/" + STEPS + "/start", body);
      assertThat(response.getStatusCode().value()).isEqualTo(200);
      assertThat(activeSteps((String) response.getBody().get("id"))).containsExactly("first");
    }
  }

  @Test
  void administratorMayStartAtALaterStep() {
    ResponseEntity<Map> response = ApiClient.as(rest, "demo").postJson(
        "/engine-rest/process-definition/key/" + STEPS + "/start",
        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"second\"}]}");
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(activeSteps((String) response.getBody().get("id"))).containsExactly("second");

    ResponseEntity<Map> refused = ApiClient.as(rest, "kefu").postJson(
        "/engine-rest/process-definition/key/" + STEPS + "/start",
        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"second\"}]}");
    assertForbiddenProblem(refused);
  }

  @Test
  void modificationBySomeoneAllowedToUpdateIsRefused() {
    String instance = runtimeService.startProcessInstanceByKey(STEPS).getId();
    for (String path : List.of("/engine-rest/process-instance/" + instance + "/modification",
        "/engine-rest/process-instance/" + instance + "/modification-async")) {
      ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson(path, """
          {"instructions":[{"type":"startBeforeActivity","activityId":"second"},
                           {"type":"cancel","activityId":"first"}]}""");
      assertForbiddenProblem(response);
    }
    ResponseEntity<Map> batch = ApiClient.as(rest, "kefu").postJson("/engine-rest/modification/execute",
        "{\"processDefinitionId\":\"" + definitionId() + "\",\"processInstanceIds\":[\"" + instance + "\"],"
            + "\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"second\"}]}");
    assertForbiddenProblem(batch);
    assertThat(activeSteps(instance)).containsExactly("first");
  }

  @Test
  void restartAtALaterStepIsRefusedAndAtTheStartEventAllowed() {
    String instance = runtimeService.startProcessInstanceByKey(STEPS).getId();
    runtimeService.deleteProcessInstance(instance, "test");
    long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(STEPS).count();

    ResponseEntity<Map> later = ApiClient.as(rest, "kefu").postJson(
        "/engine-rest/process-definition/" + definitionId() + "/restart",
        "{\"processInstanceIds\":[\"" + instance + "\"],"
            + "\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"second\"}]}");
    assertForbiddenProblem(later);
    ResponseEntity<Map> async = ApiClient.as(rest, "kefu").postJson(
        "/engine-rest/process-definition/" + definitionId() + "/restart-async",
        "{\"processInstanceIds\":[\"" + instance + "\"],"
            + "\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"begun\"}]}");
    assertForbiddenProblem(async);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(STEPS).count())
        .isEqualTo(instances);

    ResponseEntity<Map> fromStart = ApiClient.as(rest, "kefu").postJson(
        "/engine-rest/process-definition/" + definitionId() + "/restart",
        "{\"processInstanceIds\":[\"" + instance + "\"],"
            + "\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"begun\"}]}");
    assertThat(fromStart.getStatusCode().value()).isEqualTo(204);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(STEPS).count())
        .isEqualTo(instances + 1);
  }

  static Stream<Arguments> modelsThatRunCodeOfTheirOwn() {
    return Stream.of(
        Arguments.of("a bean not offered to models", "jdbcTemplate", """
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <serviceTask id="t" camunda:expression="${jdbcTemplate.queryForList('select * from resident')}"
                camunda:resultVariable="rows"/>
            <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>"""),
        Arguments.of("reflection from a literal", "getClass", """
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <serviceTask id="t" camunda:expression="${''.getClass().forName('java.lang.Runtime')}"/>
            <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>"""),
        Arguments.of("the engine behind the execution", "processEngineServices", """
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <serviceTask id="t" camunda:expression="${execution.processEngineServices.identityService}"/>
            <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>"""),
        Arguments.of("a script task", "scriptTask", """
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <scriptTask id="t" scriptFormat="javascript"><script>java.lang.System.exit(1)</script></scriptTask>
            <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>"""),
        Arguments.of("a script in a listener", "script", """
            <startEvent id="s"><extensionElements><camunda:executionListener event="start">
              <camunda:script scriptFormat="groovy">println 'x'</camunda:script>
            </camunda:executionListener></extensionElements></startEvent>
            <sequenceFlow id="f1" sourceRef="s" targetRef="e"/><endEvent id="e"/>"""),
        Arguments.of("a scripted condition", "language", """
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="e">
              <conditionExpression xsi:type="tFormalExpression" language="groovy">true</conditionExpression>
            </sequenceFlow><endEvent id="e"/>"""),
        Arguments.of("a Java class of the deployer's choosing", "class", """
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
            <serviceTask id="t" camunda:class="org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior"/>
            <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelsThatRunCodeOfTheirOwn")
  void deploymentRunningCodeOfItsOwnIsRefusedAndStoresNothing(String what, String named, String elements) {
    long deployments = repositoryService.createDeploymentQuery().count();

    ResponseEntity<Map> response = deploy("liucheng", "hostile.bpmn", model(elements));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat((String) response.getBody().get("message")).contains(named);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void deploymentOfAnHtmlFormIsRefused() {
    long deployments = repositoryService.createDeploymentQuery().count();
    ResponseEntity<Map> response = deploy("liucheng", "steal.html", "<script>fetch('/x')</script>");
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat((String) response.getBody().get("message")).contains("steal.html");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void expressionsSeeOfferedBeansAndVariablesOnly() {
    JuelExpressionManager expressions = (JuelExpressionManager)
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getExpressionManager();
    var variables = Variables.createVariables().putValue("text", "abc").asVariableContext();

    assertThat(evaluate(expressions, "${text.length()}", variables)).isEqualTo(3);
    assertThat(evaluate(expressions, "${workingDays}", variables)).isInstanceOf(WorkingDayCalendar.class);
    assertThat(evaluate(expressions, "${dunningTimers}", variables)).isNotNull();
    assertThat(evaluate(expressions, "${recordComplaintDelegate}", variables)).isNotNull();
    for (String hostile : List.of("${jdbcTemplate}", "${dataSource}", "${text.class}", "${text.getClass()}",
        "${text.getClass().forName('java.lang.Runtime')}", "${text['class']}")) {
      assertThatThrownBy(() -> evaluate(expressions, hostile, variables)).as(hostile).isInstanceOf(Exception.class);
    }
  }

  private static Object evaluate(JuelExpressionManager expressions, String expression,
      org.camunda.bpm.engine.variable.context.VariableContext variables) {
    return expressions.createValueExpression(expression).getValue(expressions.createElContext(variables));
  }

  private void assertForbiddenProblem(ResponseEntity<Map> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(403);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).containsEntry("status", 403).containsEntry("type", "AuthorizationException");
  }

  private List<String> activeSteps(String instance) {
    return runtimeService.getActiveActivityIds(instance);
  }

  private String definitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(STEPS).latestVersion()
        .singleResult().getId();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private String grant(Resources resource, String id, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId("customer-service");
    authorization.setResource(resource);
    authorization.setResourceId(id);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    return authorizationService.saveAuthorization(authorization).getId();
  }

  private static String model(String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            targetNamespace="http://wuye.com/test">
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
        %s
          </process>
        </definitions>""".formatted(elements.contains("first") ? STEPS : "hostile", elements);
  }

  private ResponseEntity<Map> deploy(String user, String fileName, String content) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", fileName);
    form.add("deployment-source", "Camunda Modeler");
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    form.add(fileName, new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }, fileHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth(user, ApiClient.DEMO_PASSWORD);
    return rest.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), Map.class);
  }
}
