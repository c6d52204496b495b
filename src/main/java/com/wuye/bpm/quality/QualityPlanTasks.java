package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityPlanProcess.Element;
import static com.wuye.bpm.quality.QualityPlanProcess.Var;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.engine.TaskActor;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import org.springframework.stereotype.Component;

/**
 * Task listener on every user task of quality-plan: checks what the person wrote again (Tasklist validates in the
 * browser only), keeps it as a step of the plan, and writes what the step changes in the plan record.
 */
@Component
class QualityPlanTasks implements FlowTasks {

  /**
   * The decisions people make by an explicit choice (批准 / 驳回, 通过 / 不通过: a radio group without default): the
   * field must hold one of them; the gateway reads it as a boolean.
   */
  static final Map<String, String> DECISION_OF_TASK = Map.of(Element.REVIEW_QUALITY_PLAN, Var.REVIEW_PASSED,
      Element.APPROVE_QUALITY_PLAN, Var.PLAN_APPROVED, Element.ACCEPT_ACTIVITY_RESULTS, Var.ACCEPTANCE_PASSED);

  static final int NOTE_MAX = 2000;
  private final QualityPlanService plans;

  QualityPlanTasks(QualityPlanService plans) {
    this.plans = plans;
  }

  @Override
  public String processKey() {
    return QualityPlanProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.PLAN_NUMBER;
  }

  /** Every user task of the flow: its note is the step's note; its fields are checked and applied on completion. */
  @Override
  public void declare(TaskSteps steps) {
    for (String key : QualityPlanProcess.NOTE_OF_TASK.keySet()) {
      steps.task(key).decision(DECISION_OF_TASK.get(key))
          .reads(values -> values.text(QualityPlanProcess.NOTE_OF_TASK.get(key)))
          .onComplete(context -> complete(context.task(), context.businessKey()));
    }
  }

  /** Checks the task's fields again and writes what the step changes in the record. */
  void complete(DelegateTask task, String number) {
    String step = task.getTaskDefinitionKey();
    String noteField = QualityPlanProcess.NOTE_OF_TASK.get(step);
    String note = FormValues.text(task.getVariables(), noteField);
    FieldRules rules = new FieldRules();
    rules.text(noteField, note, switch (step) {
      case Element.WRITE_ACTIVITY_SUMMARY -> QualityPlanRequest.CONTENT_MAX;
      case Element.DISTRIBUTE_QUALITY_PLAN -> 500;
      case Element.FILE_ACTIVITY_SUMMARY -> 200;
      default -> NOTE_MAX;
    });
    LocalDate date = checkStep(task, step, rules);
    rules.check();
    applyStep(task, step, number, note, date);
  }

  /** Checks the step's own fields; returns the date the step carries, if any. */
  private LocalDate checkStep(DelegateTask task, String step, FieldRules rules) {
    String dateField = switch (step) {
      case Element.DISTRIBUTE_QUALITY_PLAN -> Var.ISSUE_DATE;
      case Element.CHECK_PLAN_IMPLEMENTATION -> Var.CHECK_DATE;
      default -> null;
    };
    if (Element.REVISE_QUALITY_PLAN.equals(step)) {
      rules.text(Var.PLAN_CONTENT, FormValues.text(task.getVariables(), Var.PLAN_CONTENT), QualityPlanRequest.CONTENT_MAX)
          .text(Var.ACCEPTANCE_CRITERIA, FormValues.text(task.getVariables(), Var.ACCEPTANCE_CRITERIA), 2000);
    }
    if (Element.CHECK_PLAN_IMPLEMENTATION.equals(step) && items(task).length() > 500) {
      rules.reject(Var.CHECKED_ITEMS, "不能超过 500 个字符 (at most 500 characters)");
    }
    if (dateField == null) {
      return null;
    }
    return FormValues.requiredDate(dateField, task.getVariable(dateField), rules);
  }

  private void applyStep(DelegateTask task, String step, String number, String note, LocalDate date) {
    switch (step) {
      case Element.REVIEW_QUALITY_PLAN -> {
        boolean passed = bool(task, Var.REVIEW_PASSED);
        task.setVariable(Var.REVIEW_PASSED, passed);
        plans.review(number, passed, TaskActor.of(task));
      }
      case Element.APPROVE_QUALITY_PLAN -> {
        boolean approved = bool(task, Var.PLAN_APPROVED);
        task.setVariable(Var.PLAN_APPROVED, approved);
        plans.approve(number, approved, TaskActor.of(task));
      }
      case Element.REVISE_QUALITY_PLAN -> plans.revise(number, FormValues.text(task.getVariables(), Var.PLAN_CONTENT),
          FormValues.text(task.getVariables(), Var.ACCEPTANCE_CRITERIA));
      case Element.DISTRIBUTE_QUALITY_PLAN -> plans.issue(number, date, note);
      case Element.CHECK_PLAN_IMPLEMENTATION -> {
        boolean finished = bool(task, Var.ACTIVITY_FINISHED);
        task.setVariable(Var.ACTIVITY_FINISHED, finished);
        task.setVariable(Var.CHECK_NO, plans.recordCheck(number, task.getId(),
            new QualityPlanCheck(0, date, items(task), note, finished, TaskActor.of(task))));
      }
      case Element.ACCEPT_ACTIVITY_RESULTS -> {
        boolean passed = bool(task, Var.ACCEPTANCE_PASSED);
        task.setVariable(Var.ACCEPTANCE_PASSED, passed);
        plans.accept(number, passed, note);
      }
      case Element.WRITE_ACTIVITY_SUMMARY -> plans.summarize(number, note);
      default -> { }
    }
  }

  /** The checklist's ticked items as text. */
  private static String items(DelegateTask task) {
    return String.join(", ", FormValues.list(task.getVariable(Var.CHECKED_ITEMS)));
  }

  private static boolean bool(DelegateTask task, String name) {
    return FormValues.bool(task.getVariable(name));
  }
}
