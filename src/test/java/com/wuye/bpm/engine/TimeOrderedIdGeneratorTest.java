package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** The engine's ids are version-7 UUIDs whose text sorts in the order they were made. */
class TimeOrderedIdGeneratorTest extends SpringIntegrationTest {

  @Test
  void idsAreVersion7AndSortInTheOrderTheyWereMade() {
    TimeOrderedIdGenerator generator = new TimeOrderedIdGenerator();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      ids.add(generator.getNextId());
    }
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
    assertThat(ids).isSorted().allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(7));
  }

  @Test
  void theEngineMakesItsIdsWithIt() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getIdGenerator()).isInstanceOf(TimeOrderedIdGenerator.class);

    var repository = processEngine.getRepositoryService();
    Deployment first = repository.createDeployment().name("id-test")
        .addModelInstance("id-test.bpmn", Bpmn.createExecutableProcess("id-test").name("编号测试")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy();
    try {
      String instance = processEngine.getRuntimeService().startProcessInstanceByKey("id-test").getId();
      assertThat(UUID.fromString(first.getId()).version()).isEqualTo(7);
      assertThat(UUID.fromString(instance).version()).isEqualTo(7);
      assertThat(instance).isGreaterThan(first.getId());
    } finally {
      repository.deleteDeployment(first.getId(), true);
    }
  }
}
