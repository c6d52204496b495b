package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Element.*;
import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.wuye.bpm.renovation.ConstructionPassProcess.ContractorCheck;
import com.wuye.bpm.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both paths through construction-pass, delegates replaced by stand-ins; ConstructionPassIntegrationTest runs them. */
@Deployment(resources = "bpmn/construction-pass.bpmn")
class ConstructionPassProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  private static final String NUMBER = "SGSQ-2030-00001";
  private static final Date PERMIT_END = new Date(1_906_000_000_000L);
  private final List<String> ran = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.mock("recordPassRequestDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey(NUMBER);
      execution.setVariable(Var.REQUEST_NUMBER, NUMBER);
      execution.setVariable(Var.PASSES_VALID_UNTIL, PERMIT_END);
    });
    for (String[] delegate : new String[][] {{"refuseConstructionPassesDelegate", REFUSE_PASSES},
        {"issueConstructionPassesDelegate", ISSUE_PASSES}, {"recordPassCollectionDelegate", RECORD_PASS_COLLECTION}}) {
      engine.mock(delegate[0], (JavaDelegate) execution -> ran.add(delegate[1]));
    }
  }

  @Test
  void collectsPassesAfterIssuingOnePerWorkerWhenContractorQualified() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt(CHECK_CONTRACTOR_DOCUMENTS).hasBusinessKey(NUMBER);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    engine.complete(instance, CHECK_CONTRACTOR_DOCUMENTS, Map.of(Var.CONTRACTOR_CHECK, ContractorCheck.QUALIFIED));
    engine.complete(instance, REGISTER_WORKERS, Map.of(Var.WORKERS, List.of(Map.of(Var.WORKER_NAME, "李强",
        Var.WORKER_ID_NUMBER, "11010519491231002X", Var.WORKER_PHOTO_TAKEN, true))));
    engine.complete(instance, HAND_OUT_PASSES, Map.of(Var.HANDED_OVER_TO, "张工"));

    assertThat(instance).isWaitingAt(COLLECT_PASSES);
    assertThat(task(instance).getDueDate()).isEqualTo(PERMIT_END);
    engine.complete(instance, COLLECT_PASSES, Map.of(Var.MISSING_PASS_NUMBERS, ""));

    assertThat(instance).isEnded().hasPassed(PASSES_COLLECTED).hasNotPassed(REFUSE_PASSES);
    assertThat(ran).containsExactly(ISSUE_PASSES, RECORD_PASS_COLLECTION);
  }

  @Test
  void refusesPassesWhenContractorNotQualified() {
    ProcessInstance instance = start();
    engine.complete(instance, CHECK_CONTRACTOR_DOCUMENTS,
        Map.of(Var.CONTRACTOR_CHECK, ContractorCheck.REFUSED, Var.DOCUMENTS_NOTE, "资质证书过期"));
    engine.runDueJobs(instance);

    assertThat(instance).isEnded().hasPassed(REFUSE_PASSES, PASSES_REFUSED).hasNotPassed(REGISTER_WORKERS);
    assertThat(ran).containsExactly(REFUSE_PASSES);
  }

  private static ProcessInstance start() {
    return engine.start(ConstructionPassProcess.KEY, Map.of(Var.PERMIT_NUMBER, "ZX-2030-00001",
        Var.CONTRACTOR_NAME, "安居装饰工程有限公司", Var.CONTRACTOR_LICENCE, "D244012345",
        Var.CONTRACTOR_PHONE, "020-88886666", Var.REQUESTED_BY, "kefu"));
  }
}
