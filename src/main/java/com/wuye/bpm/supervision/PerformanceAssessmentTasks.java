package com.wuye.bpm.supervision;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import com.wuye.bpm.supervision.PerformanceAssessmentProcess.Element;
import com.wuye.bpm.supervision.PerformanceAssessmentProcess.Var;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What the user tasks of performance-assessment read, check and write. A scoring task is bound to its project when
 * it is created; its completion scores that project, whatever project code it sends.
 */
@Component
class PerformanceAssessmentTasks implements FlowTasks {

  /** one line of the scores: a name, blanks, a score with at most two decimals */
  private static final Pattern SCORE_LINE = Pattern.compile("(.+?)[\\s:：]+(\\d{1,3}(?:\\.\\d{1,2})?)");

  private final PerformanceAssessmentService assessments;

  PerformanceAssessmentTasks(PerformanceAssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public String processKey() {
    return PerformanceAssessmentProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.ASSESSMENT_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.SCHEDULE_ASSESSMENT)
        .reads(v -> {
          v.requiredDate(Var.ASSESSMENT_DATE);
          return v.requiredText(Var.INSPECTORS, 500);
        })
        .onComplete(c -> assessments.schedule(c.businessKey(), c.values().date(Var.ASSESSMENT_DATE),
            lines(c.values().text(Var.INSPECTORS))));
    steps.task(Element.SCORE_PROJECT)
        .onCreate(c -> {
          PerformanceAssessmentService.ScoringTask scoring = assessments.startScoring(c.businessKey(),
              (String) c.task().getVariable(Var.PROJECT_CODE), c.task().getId());
          c.task().setVariableLocal(Var.PROJECT_NAME, scoring.projectName());
          c.task().setVariableLocal(Var.BRANCH_NAME, scoring.branchName());
          c.task().setVariableLocal(Var.PREVIOUS_RECTIFICATION, scoring.previousRectification());
        })
        .reads(v -> {
          v.requiredText(Var.ACCOMPANIED_BY, 50);
          v.optionalText(Var.ASSESSMENT_PROBLEMS, 2000);
          scores(v);
          return v.text(Var.INSPECTOR_SCORES);
        })
        .onComplete(c -> assessments.scoreByTask(c.businessKey(), c.task().getId(),
            c.values().text(Var.ACCOMPANIED_BY), scores(c.values()), lines(c.values().text(Var.ASSESSMENT_PROBLEMS)),
            c.actor()));
  }

  /** Each inspector's score, one line each ("张三 92.50"); a line of another shape is refused. */
  static Map<String, BigDecimal> scores(FormValues v) {
    String text = v.requiredText(Var.INSPECTOR_SCORES, 1000);
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      Matcher line = SCORE_LINE.matcher(lines.get(i));
      if (!line.matches()) {
        v.rules().reject(Var.INSPECTOR_SCORES, "第 " + (i + 1) + " 行应为“姓名 分数”，分数最多两位小数");
      } else if (scores.put(line.group(1).strip(), new BigDecimal(line.group(2))) != null) {
        v.rules().reject(Var.INSPECTOR_SCORES, line.group(1).strip() + " 评了两次分");
      }
    }
    return scores;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
