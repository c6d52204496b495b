package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.ModelConventions;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every model the project ships keeps the conventions (see {@link ModelConventions}); and the check itself
 * fails on a model that breaks each of them (test/resources/broken-models).
 */
class ModelConventionTest extends SpringIntegrationTest {

  private static final String CODE = ModelConventions.sources(Path.of("src/main/java"));

  @Autowired ApplicationContext context;

  @Test
  void everyShippedModelKeepsTheConventions() {
    assertThat(conventions(Path.of("bpmn"), Path.of("dmn"), Path.of("forms")).violations()).isEmpty();
  }

  @Test
  void everyShippedModelIsDeployed() {
    long processes = processEngine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
    assertThat(processes).isGreaterThanOrEqualTo(
        java.util.Objects.requireNonNull(Path.of("bpmn").toFile().list((dir, name) -> name.endsWith(".bpmn"))).length);
    assertThat(processEngine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("complaint-classification").count()).isPositive();
  }

  @Test
  void reportsEveryBrokenRule() {
    Path broken = Path.of("src/test/resources/broken-models");
    assertThat(conventions(broken.resolve("bpmn"), broken.resolve("dmn"), broken.resolve("forms")).violations())
        .containsExactlyInAnyOrder(
            "broken-process.bpmn: handle-complaint has no shape",
            "broken-process.bpmn: sequence flow flow-close-end has no edge",
            "broken-process.bpmn: user task acknowledge-complaint has no candidate group",
            "broken-process.bpmn: callback refers to form 'no-such-form', which is not in forms/",
            "broken-process.bpmn: close-complaint delegates to ${noSuchDelegate}, which names no bean",
            "broken-process.bpmn: task listener delegates to ${stepRecorderThatIsGone}, which names no bean",
            "broken-process.bpmn: classify-complaint refers to decision 'no-such-decision', which is not in dmn/",
            "broken-process.bpmn: record-complaint has no Chinese name",
            "broken-process.bpmn: process has no camunda:historyTimeToLive",
            "broken-decision.dmn: no decision whose id is the file name",
            "forms/orphan-field.form: field 'nobodyReadsThis' is read nowhere",
            "forms/misnamed.form: form id 'another-id' is not the file name");
  }

  private ModelConventions conventions(Path bpmn, Path dmn, Path forms) {
    return new ModelConventions(bpmn, dmn, forms, context::containsBean, CODE);
  }
}
