package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.Element;
import static com.wuye.bpm.quality.QualityReviewProcess.Var;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.engine.TaskActor;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import org.springframework.stereotype.Component;

/**
 * Task listener on every user task of quality-review: checks what the person wrote again (Tasklist validates in
 * the browser only), keeps it as a step of the review, and writes what the step changes in the record: the
 * leader, the defect list and its verification, the conclusion, the document state.
 */
@Component
class QualityReviewTasks implements FlowTasks {

  /**
   * The decisions people make by an explicit choice (批准 / 驳回, 通过 / 不通过: a radio group without default): the
   * field must hold one of them; the gateway reads it as a boolean.
   */
  static final Map<String, String> DECISION_OF_TASK = Map.of(Element.APPROVE_REVIEW_PLAN, Var.PLAN_APPROVED, Element.APPROVE_REVIEW_REPORT, Var.REPORT_APPROVED);

  static final int NOTE_MAX = 2000;
  private final QualityReviewService reviews;

  QualityReviewTasks(QualityReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public String processKey() {
    return QualityReviewProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.REVIEW_NUMBER;
  }

  /** Every user task of the flow: its note is the step's note; its fields are checked and applied on completion. */
  @Override
  public void declare(TaskSteps steps) {
    for (String key : QualityReviewProcess.NOTE_OF_TASK.keySet()) {
      String decision = DECISION_OF_TASK.get(key);
      TaskSteps.Step step = steps.task(key)
          .reads(values -> {
            if (decision != null) {
              values.requiredFlag(decision);
            }
            return values.text(QualityReviewProcess.NOTE_OF_TASK.get(key));
          })
          .onComplete(context -> {
            if (decision != null) {
              context.task().setVariable(decision, context.values().ticked(decision));
            }
            complete(context.task(), context.businessKey());
          });
      if (Element.FIX_DEFECTS.equals(key)) {
        step.onCreate(context -> complete(context.task(), context.businessKey()));
      }
    }
  }

  /** Checks the task's fields again and writes what the step changes in the record. */
  void complete(DelegateTask task, String number) {
    String step = task.getTaskDefinitionKey();
    if (org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      if (Element.FIX_DEFECTS.equals(step)) {
        reviews.changeState(number, DocumentState.CHECKED_OUT);
      }
      return;
    }
    String noteField = QualityReviewProcess.NOTE_OF_TASK.get(step);
    String note = noteField == null ? null : (String) task.getVariable(noteField);
    FieldRules rules = new FieldRules();
    if (noteField != null) {
      rules.text(noteField, note, Element.ARCHIVE_REVIEW_MATERIALS.equals(step) ? 200 : NOTE_MAX);
    }
    checkStep(task, step, rules);
    rules.check();
    applyStep(task, step, number);
  }

  private void checkStep(DelegateTask task, String step, FieldRules rules) {
    switch (step) {
      case Element.APPOINT_REVIEW_LEADER -> {
        String leader = (String) task.getVariable(Var.REVIEW_LEADER);
        rules.text(Var.REVIEW_LEADER, leader, 64);
        if (leader != null && !leader.isBlank() && task.getProcessEngineServices().getIdentityService()
            .createUserQuery().userId(leader.trim()).count() == 0) {
          rules.reject(Var.REVIEW_LEADER, "没有这个用户 '" + leader + "' (no such user)");
        }
      }
      case Element.DRAFT_REVIEW_PLAN -> rules.text(Var.REVIEW_CHECKLIST, (String) task.getVariable(Var.REVIEW_CHECKLIST),
          NOTE_MAX);
      case Element.APPROVE_REVIEW_PLAN -> rules.present(Var.PLAN_APPROVED, task.getVariable(Var.PLAN_APPROVED));
      case Element.APPROVE_REVIEW_REPORT -> rules.present(Var.REPORT_APPROVED, task.getVariable(Var.REPORT_APPROVED));
      case Element.FORM_REVIEW_TEAM -> {
        if (!FormValues.bool(task.getVariable(Var.PLAN_CONFIRMED))) {
          rules.reject(Var.PLAN_CONFIRMED, "评审计划须经评审人员和项目团队确认后才能发布 (must be confirmed)");
        }
      }
      case Element.RECORD_REVIEW_MEETING -> {
        if (!FormValues.bool(task.getVariable(Var.CHECKLIST_COMPLETED))) {
          rules.reject(Var.CHECKLIST_COMPLETED, "评审检查表须全部打勾 (the checklist must be complete)");
        }
      }
      default -> { }
    }
  }

  private void applyStep(DelegateTask task, String step, String number) {
    switch (step) {
      case Element.APPOINT_REVIEW_LEADER -> {
        String leader = ((String) task.getVariable(Var.REVIEW_LEADER)).trim();
        task.setVariable(Var.REVIEW_LEADER, leader);
        reviews.appointLeader(number, leader, (String) task.getVariable(Var.REVIEW_LEVEL),
            (String) task.getVariable(Var.REQUIRED_ROLES));
      }
      case Element.PRE_REVIEW_DOCUMENTS -> reviews.changeState(number, DocumentState.CHECKED_OUT);
      case Element.REVISE_DOCUMENTS -> reviews.changeState(number, DocumentState.PENDING_REVIEW);
      case Element.RECORD_REVIEW_MEETING -> {
        List<ReviewDefect> defects = DefectList.parse(Var.DEFECTS, task.getVariable(Var.DEFECTS));
        QualityReviewService.DefectCounts counts = reviews.recordDefects(number, defects);
        task.setVariable(Var.DEFECTS, DefectList.toJson(reviews.currentDefects(number)));
        task.setVariable(Var.SERIOUS_DEFECTS, counts.serious());
        task.setVariable(Var.GENERAL_DEFECTS, counts.general());
        task.setVariable(Var.SUGGESTIONS, counts.suggestions());
        task.setVariable(Var.OPEN_DEFECTS, counts.open());
      }
      case Element.WRITE_REVIEW_REPORT -> reviews.conclude(number, (String) task.getVariable(Var.CONCLUSION),
          FormValues.bool(task.getVariable(Var.REGRESSION_REVIEW)));
      case Element.VERIFY_DEFECT_FIXES -> {
        List<ReviewDefect> defects = reviews.verify(number,
            DefectList.verifiedNumbers(Var.DEFECTS, task.getVariable(Var.DEFECTS)), TaskActor.of(task));
        int open = QualityReviewService.DefectCounts.of(defects).open();
        task.setVariable(Var.DEFECTS, DefectList.toJson(defects));
        task.setVariable(Var.OPEN_DEFECTS, open);
        if (open == 0) {
          reviews.changeState(number, DocumentState.PENDING_REVIEW);
        }
      }
      default -> { }
    }
  }
}
