package com.wuye.bpm.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of dmn/review-conclusion.dmn and both sides of each boundary: 0/1 serious defects, 0/1 and 5/6
 * general defects; suggestions never change the conclusion.
 */
class ReviewConclusionDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = ReviewConclusionDecisionTest.class.getResourceAsStream("/dmn/review-conclusion.dmn")) {
      decision = dmnEngine.parseDecision(QualityReviewProcess.CONCLUSION_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "{0} serious, {1} general, {2} suggestions → major, regression")
  @CsvSource({"1, 0, 0", "1, 3, 0", "1, 6, 2", "4, 0, 9"})
  void asksForMajorChangeAndRegressionReviewWhenAnyDefectIsSerious(int serious, int general, int suggestions) {
    assertThat(evaluate(serious, general, suggestions))
        .containsExactlyInAnyOrderEntriesOf(Map.of("conclusion", "major-change", "regressionReview", true));
  }

  @ParameterizedTest(name = "0 serious, {0} general → major, regression")
  @CsvSource({"6, 0", "6, 5", "20, 0"})
  void asksForMajorChangeAndRegressionReviewWhenMoreThanFiveGeneralDefects(int general, int suggestions) {
    assertThat(evaluate(0, general, suggestions))
        .containsExactlyInAnyOrderEntriesOf(Map.of("conclusion", "major-change", "regressionReview", true));
  }

  @ParameterizedTest(name = "0 serious, {0} general → minor, no regression")
  @CsvSource({"1, 0", "3, 7", "5, 0", "5, 12"})
  void asksForMinorChangeWithoutRegressionWhenOneToFiveGeneralDefects(int general, int suggestions) {
    assertThat(evaluate(0, general, suggestions))
        .containsExactlyInAnyOrderEntriesOf(Map.of("conclusion", "minor-change", "regressionReview", false));
  }

  @ParameterizedTest(name = "0 serious, 0 general, {0} suggestions → no change")
  @CsvSource({"0", "1", "30"})
  void asksForNoChangeWhenOnlySuggestions(int suggestions) {
    assertThat(evaluate(0, 0, suggestions))
        .containsExactlyInAnyOrderEntriesOf(Map.of("conclusion", "no-change", "regressionReview", false));
  }

  private static Map<String, Object> evaluate(int serious, int general, int suggestions) {
    return dmnEngine.evaluateDecisionTable(decision, Variables.createVariables().putValue("seriousDefects", serious)
        .putValue("generalDefects", general).putValue("suggestions", suggestions)).getSingleResult().getEntryMap();
  }
}
