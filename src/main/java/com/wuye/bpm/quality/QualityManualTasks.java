package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityManualProcess.Element;
import static com.wuye.bpm.quality.QualityManualProcess.Var;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.engine.TaskActor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import org.springframework.stereotype.Component;

/**
 * Task listener on every user task of quality-manual: checks what the person wrote again (Tasklist validates in the
 * browser only), keeps it as a step of the manual, and writes what the step changes: the writing departments, the
 * version history, the approval, the archive.
 */
@Component
class QualityManualTasks implements FlowTasks {

  /**
   * The decisions people make by an explicit choice (批准 / 驳回, 通过 / 不通过: a radio group without default): the
   * field must hold one of them; the gateway reads it as a boolean.
   */
  static final Map<String, String> DECISION_OF_TASK = Map.of(Element.APPROVE_QUALITY_MANUAL, Var.MANUAL_APPROVED);

  static final int NOTE_MAX = 2000;
  private final QualityManualService manuals;

  QualityManualTasks(QualityManualService manuals) {
    this.manuals = manuals;
  }

  @Override
  public String processKey() {
    return QualityManualProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.MANUAL_NUMBER;
  }

  /** Every user task of the flow: its note is the step's note; its fields are checked and applied on completion. */
  @Override
  public void declare(TaskSteps steps) {
    for (String key : QualityManualProcess.NOTE_OF_TASK.keySet()) {
      steps.task(key).decision(DECISION_OF_TASK.get(key))
          .reads(values -> values.text(QualityManualProcess.NOTE_OF_TASK.get(key)))
          .onComplete(context -> complete(context.task(), context.businessKey()));
    }
  }

  /** Checks the task's fields again and writes what the step changes in the record. */
  void complete(DelegateTask task, String number) {
    String step = task.getTaskDefinitionKey();
    String noteField = QualityManualProcess.NOTE_OF_TASK.get(step);
    String note = FormValues.text(task.getVariables(), noteField);
    FieldRules rules = new FieldRules().text(noteField, note, Element.ARCHIVE_QUALITY_MANUAL.equals(step) ? 200 : NOTE_MAX);
    LocalDate date = checkStep(task, step, rules);
    rules.check();
    applyStep(task, step, number, note, date);
  }

  private LocalDate checkStep(DelegateTask task, String step, FieldRules rules) {
    switch (step) {
      case Element.DRAFT_WRITING_PLAN -> {
        List<String> departments = FormValues.list(task.getVariable(Var.WRITING_DEPARTMENTS));
        if (departments.isEmpty()) {
          rules.reject(Var.WRITING_DEPARTMENTS, "至少选择一个部门 (choose at least one department)");
        }
        departments.forEach(d -> rules.oneOf(Var.WRITING_DEPARTMENTS, d, ReviewRequest.DEPARTMENTS));
      }
      case Element.WRITE_MANUAL_SECTIONS -> {
        if (FormValues.bool(task.getVariable(Var.HAS_QUESTIONS))) {
          rules.text(Var.QUESTIONS, FormValues.text(task.getVariables(), Var.QUESTIONS), NOTE_MAX);
        }
      }
      case Element.RECORD_CONSULTANT_TRAINING -> {
        return FormValues.requiredDate(Var.TRAINING_DATE, task.getVariable(Var.TRAINING_DATE), rules);
      }
      case Element.ARCHIVE_QUALITY_MANUAL -> {
        return FormValues.requiredDate(Var.EFFECTIVE_DATE, task.getVariable(Var.EFFECTIVE_DATE), rules);
      }
      default -> { }
    }
    return null;
  }

  private void applyStep(DelegateTask task, String step, String number, String note, LocalDate date) {
    String actor = TaskActor.of(task);
    switch (step) {
      case Element.DRAFT_WRITING_PLAN -> {
        String groups = String.join(",", FormValues.list(task.getVariable(Var.WRITING_DEPARTMENTS)));
        task.setVariable(Var.WRITING_GROUPS, groups);
        manuals.setWritingGroups(number, groups);
      }
      case Element.WRITE_MANUAL_SECTIONS -> task.setVariable(Var.HAS_QUESTIONS, bool(task, Var.HAS_QUESTIONS));
      case Element.COMPILE_FIRST_DRAFT -> manuals.addDraftVersion(number, task.getId(), QualityManualProcess.DRAFT,
          note, actor);
      case Element.RECORD_CONSULTANT_REVISION -> manuals.addDraftVersion(number, task.getId(),
          QualityManualProcess.CONSULTANT_REVISED, note, actor);
      case Element.REVIEW_MANUAL_DRAFT -> task.setVariable(Var.CHANGES_NEEDED, bool(task, Var.CHANGES_NEEDED));
      case Element.REVISE_MANUAL -> manuals.addDraftVersion(number, task.getId(), QualityManualProcess.REVISED, note,
          actor);
      case Element.APPROVE_QUALITY_MANUAL -> {
        boolean approved = bool(task, Var.MANUAL_APPROVED);
        task.setVariable(Var.MANUAL_APPROVED, approved);
        if (approved) {
          manuals.approve(number, task.getId(), note, actor);
        }
      }
      case Element.ARCHIVE_QUALITY_MANUAL -> manuals.archive(number, note, date);
      default -> { }
    }
  }

  private static boolean bool(DelegateTask task, String name) {
    return FormValues.bool(task.getVariable(name));
  }
}
