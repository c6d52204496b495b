package com.wuye.bpm.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of dmn/review-level.dmn: critical always company level, otherwise the scale decides. */
class ReviewLevelDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = ReviewLevelDecisionTest.class.getResourceAsStream("/dmn/review-level.dmn")) {
      decision = dmnEngine.parseDecision(QualityReviewProcess.LEVEL_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "critical {0} project → company")
  @ValueSource(strings = {"small", "medium", "large"})
  void reviewsCriticalProjectsAtCompanyLevelWhateverTheirScale(String scale) {
    assertThat(evaluate(scale, true)).containsEntry("reviewLevel", "company");
    assertThat((String) evaluate(scale, true).get("requiredRoles")).contains("总经理", "评审组长", "文档作者");
  }

  @Test
  void reviewsLargeProjectAtCompanyLevel() {
    assertThat(evaluate("large", false)).containsEntry("reviewLevel", "company");
    assertThat((String) evaluate("large", false).get("requiredRoles")).contains("总经理");
  }

  @Test
  void reviewsMediumProjectAtDepartmentLevel() {
    assertThat(evaluate("medium", false)).containsEntry("reviewLevel", "department");
    assertThat((String) evaluate("medium", false).get("requiredRoles")).contains("受评审项目部门经理")
        .doesNotContain("总经理");
  }

  @Test
  void reviewsSmallProjectByPeers() {
    assertThat(evaluate("small", false)).containsEntry("reviewLevel", "peer");
    assertThat((String) evaluate("small", false).get("requiredRoles")).contains("同行评审员")
        .doesNotContain("总经理");
  }

  @Test
  void knowsNoOtherScale() {
    assertThat(dmnEngine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("projectScale", "huge").putValue("critical", false)).getSingleResult()).isNull();
  }

  private static Map<String, Object> evaluate(String scale, boolean critical) {
    return dmnEngine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("projectScale", scale).putValue("critical", critical)).getSingleResult().getEntryMap();
  }
}
