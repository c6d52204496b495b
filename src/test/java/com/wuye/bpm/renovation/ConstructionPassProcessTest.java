package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Element.*;
import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both paths through construction-pass, delegates replaced by stand-ins; ConstructionPassIntegrationTest runs them. */
@Deployment(resources = "bpmn/construction-pass.bpmn")
class ConstructionPassProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  private static final String NUMBER = "SGSQ-2030-00001";
  private static final Date PERMIT_END = new Date(1_906_000_000_000L);
  private final List<String> ran = new ArrayList<>();

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("recordPassRequestDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey(NUMBER);
      execution.setVariable(Var.REQUEST_NUMBER, NUMBER);
      execution.setVariable(Var.PASSES_VALID_UNTIL, PERMIT_END);
    });
    for (String[] delegate : new String[][] {{"refuseConstructionPassesDelegate", REFUSE_PASSES},
        {"issueConstructionPassesDelegate", ISSUE_PASSES}, {"recordPassCollectionDelegate", RECORD_PASS_COLLECTION}}) {
      Mocks.register(delegate[0], (JavaDelegate) execution -> ran.add(delegate[1]));
    }
    Mocks.register("constructionPassStepRecorder", (TaskListener) task -> ran.add("recorded:" + task.getTaskDefinitionKey()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void collectsPassesAfterIssuingOnePerWorkerWhenContractorQualified() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt(CHECK_CONTRACTOR_DOCUMENTS).hasBusinessKey(NUMBER);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    complete(CHECK_CONTRACTOR_DOCUMENTS, Map.of(Var.CONTRACTOR_QUALIFIED, true));
    complete(REGISTER_WORKERS, Map.of(Var.WORKERS, List.of(Map.of(Var.WORKER_NAME, "李强",
        Var.WORKER_ID_NUMBER, "11010519491231002X", Var.WORKER_PHOTO_TAKEN, true))));
    complete(HAND_OUT_PASSES, Map.of(Var.HANDED_OVER_TO, "张工"));

    assertThat(instance).isWaitingAt(COLLECT_PASSES);
    assertThat(task(instance).getDueDate()).isEqualTo(PERMIT_END);
    complete(COLLECT_PASSES, Map.of(Var.MISSING_PASS_NUMBERS, ""));

    assertThat(instance).isEnded().hasPassed(PASSES_COLLECTED).hasNotPassed(REFUSE_PASSES);
    assertThat(ran).containsExactly("recorded:" + CHECK_CONTRACTOR_DOCUMENTS, ISSUE_PASSES,
        "recorded:" + HAND_OUT_PASSES, RECORD_PASS_COLLECTION);
  }

  @Test
  void refusesPassesWhenContractorNotQualified() {
    ProcessInstance instance = start();
    complete(CHECK_CONTRACTOR_DOCUMENTS, Map.of(Var.CONTRACTOR_QUALIFIED, false, Var.DOCUMENTS_NOTE, "资质证书过期"));
    for (Job job : engine.getProcessEngine().getManagementService().createJobQuery().messages().list()) {
      engine.getProcessEngine().getManagementService().executeJob(job.getId());
    }

    assertThat(instance).isEnded().hasPassed(REFUSE_PASSES, PASSES_REFUSED).hasNotPassed(REGISTER_WORKERS);
  }

  private ProcessInstance start() {
    return engine.getProcessEngine().getRuntimeService().startProcessInstanceByKey(ConstructionPassProcess.KEY,
        Map.of(Var.PERMIT_NUMBER, "ZX-2030-00001", Var.CONTRACTOR_NAME, "安居装饰工程有限公司",
            Var.CONTRACTOR_LICENCE, "D244012345", Var.CONTRACTOR_PHONE, "020-88886666", Var.REQUESTED_BY, "kefu"));
  }

  private void complete(String taskKey, Map<String, Object> answers) {
    Task task = engine.getProcessEngine().getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    engine.getProcessEngine().getTaskService().complete(task.getId(), answers);
  }
}
