package com.wuye.bpm.security;

import static com.wuye.bpm.security.AccessCardProcess.Element.*;
import static com.wuye.bpm.security.AccessCardProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The path of access-card (§5.5.1) with stand-in delegates: signature, then both archives in parallel. */
@Deployment(resources = "bpmn/access-card.bpmn")
class AccessCardProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("registerAccessCardDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("MJ-2026-00001");
      execution.setVariable(Var.CARD_NUMBER, "MJ-2026-00001");
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void issuesTheCardWhenSignedAndBothRecordsArchived() {
    ProcessInstance instance = engine.getProcessEngine().getRuntimeService()
        .startProcessInstanceByKey(AccessCardProcess.KEY, AccessCardFixtures.ownerWithDeposit());
    assertThat(instance).isWaitingAt(CHECK_DOCUMENTS).hasBusinessKey("MJ-2026-00001");
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    complete(CHECK_DOCUMENTS, AccessCardFixtures.documentsComplete());
    assertThat(instance).isWaitingAt(OWNER_SIGNS);
    complete(OWNER_SIGNS, AccessCardFixtures.signed());

    assertThat(instance).isWaitingAt(ARCHIVE_COPIES, ARCHIVE_REGISTER);
    assertThat(taskAt(ARCHIVE_REGISTER)).hasCandidateGroup("security");
    assertThat(taskAt(ARCHIVE_COPIES)).hasCandidateGroup("customer-service");
    complete(ARCHIVE_REGISTER, AccessCardFixtures.registerArchived());
    assertThat(instance).isWaitingAt(ARCHIVE_COPIES);
    complete(ARCHIVE_COPIES, AccessCardFixtures.copiesArchived());

    assertThat(instance).isEnded().hasPassed(CARD_ISSUED);
    assertThat(instance).hasPassedInOrder(CHECK_DOCUMENTS, OWNER_SIGNS, ARCHIVE_REGISTER, ARCHIVE_COPIES);
  }

  /**
   * 《物业品质管理手册》§5.5.1 节点1: customer service checks whether the documents are complete; incomplete ones go
   * back to the owner and are checked again before anyone signs for a card.
   */
  @Test
  void returnsIncompleteDocumentsToTheOwnerAndChecksThemAgain() {
    ProcessInstance instance = engine.getProcessEngine().getRuntimeService()
        .startProcessInstanceByKey(AccessCardProcess.KEY, AccessCardFixtures.ownerWithDeposit());
    complete(CHECK_DOCUMENTS, AccessCardFixtures.documentsIncomplete());

    assertThat(instance).isWaitingAt(RETURN_DOCUMENTS);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    complete(RETURN_DOCUMENTS, AccessCardFixtures.documentsSupplemented());
    assertThat(instance).isWaitingAt(CHECK_DOCUMENTS);
    complete(CHECK_DOCUMENTS, AccessCardFixtures.documentsComplete());

    assertThat(instance).isWaitingAt(OWNER_SIGNS);
    assertThat(instance).hasPassedInOrder(CHECK_DOCUMENTS, RETURN_DOCUMENTS, CHECK_DOCUMENTS);
  }

  private org.camunda.bpm.engine.task.Task taskAt(String key) {
    return engine.getProcessEngine().getTaskService().createTaskQuery().taskDefinitionKey(key).singleResult();
  }

  private void complete(String key, Map<String, Object> variables) {
    engine.getProcessEngine().getTaskService().complete(taskAt(key).getId(), variables);
  }
}
