package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.complaint.ComplaintHandlingProcess;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A process owner deploys a changed model from the Camunda Modeler: the deploy dialog posts a multipart form to
 * {@code /engine-rest/deployment/create} with HTTP basic credentials.
 */
class ModelerDeploymentTest extends SpringIntegrationTest {

  private static final Path MODEL = Path.of("bpmn/complaint-handling.bpmn");

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void newInstancesUseTheDeployedVersionAndRunningOnesKeepTheirs() throws Exception {
    String running = receiveComplaint();
    ProcessDefinition before = latest();

    String changed = Files.readString(MODEL).replace("name=\"受理并现场了解\"", "name=\"受理并到现场了解情况\"");
    ResponseEntity<Map> response = deployAsModeler("liucheng", changed);

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getBody().get("deployedProcessDefinitions")).isNotNull();
    ProcessDefinition after = latest();
    assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(repositoryService.createDeploymentQuery().deploymentId(after.getDeploymentId()).singleResult()
        .getSource()).isEqualTo("Camunda Modeler");

    String started = receiveComplaint();
    assertThat(definitionOf(running)).isEqualTo(before.getId());
    assertThat(definitionOf(started)).isEqualTo(after.getId());
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(started).singleResult().getName())
        .isEqualTo("受理并到现场了解情况");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(running).singleResult().getName())
        .isEqualTo("受理并现场了解");
  }

  @Test
  void refusesUsersOutsideProcessOwners() throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    ResponseEntity<Map> response = deployAsModeler("kefu", Files.readString(MODEL).replace("投诉回访", "回访业主"));
    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void refusesAnInvalidModelWithTheEnginesMessageAndChangesNothing() throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    ProcessDefinition before = latest();
    String invalid = Files.readString(MODEL).replace("targetRef=\"handle-complaint\"", "targetRef=\"no-such-task\"");

    ResponseEntity<Map> response = deployAsModeler("liucheng", invalid);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat((String) response.getBody().get("message")).contains("no-such-task");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(latest().getId()).isEqualTo(before.getId());
  }

  private ResponseEntity<Map> deployAsModeler(String user, String bpmn) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "complaint-handling");
    form.add("deployment-source", "Camunda Modeler");
    form.add("deploy-changed-only", "true");
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    form.add("complaint-handling.bpmn", new HttpEntity<>(new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "complaint-handling.bpmn";
      }
    }, fileHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth(user, ApiClient.DEMO_PASSWORD);
    return rest.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), Map.class);
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ComplaintHandlingProcess.KEY)
        .latestVersion().singleResult();
  }

  private String definitionOf(String businessKey) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult()
        .getProcessDefinitionId();
  }

  private String receiveComplaint() {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", """
        {"ownerName":"赵敏","unit":"7栋302","phone":"13700137000","channel":"phone","category":"facility",
         "description":"楼道灯不亮","urgent":false}""");
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return (String) response.getBody().get("number");
  }
}
