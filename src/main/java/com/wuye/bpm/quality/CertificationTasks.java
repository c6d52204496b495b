package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Element;
import static com.wuye.bpm.quality.CertificationProcess.Var;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.engine.TaskActor;
import java.time.LocalDate;
import java.util.Set;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import org.springframework.stereotype.Component;

/**
 * Task listener on every user task of quality-certification: checks the recorded document again (Tasklist
 * validates in the browser only), keeps it with the certification and as a step, and writes what the step changes
 * in the record (rejected, contracted, failed).
 */
@Component
class CertificationTasks implements FlowTasks {

  /**
   * The decisions people make by an explicit choice (批准 / 驳回, 通过 / 不通过: a radio group without default): the
   * field must hold one of them; the gateway reads it as a boolean.
   */
  static final Map<String, String> DECISION_OF_TASK = Map.of(Element.RECORD_APPLICATION_REVIEW, Var.APPLICATION_ACCEPTED, Element.RECORD_CERTIFICATION_DECISION,
      Var.CERTIFIED);

  static final int NOTE_MAX = 2000;
  static final int NUMBER_MAX = 50;
  static final Set<String> SURVEILLANCE_DECISIONS = Set.of(CertificationProcess.MAINTAINED,
      CertificationProcess.WITHDRAWN);

  private final CertificationService certifications;

  CertificationTasks(CertificationService certifications) {
    this.certifications = certifications;
  }

  @Override
  public String processKey() {
    return CertificationProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.CERTIFICATION_NUMBER;
  }

  /** Every user task of the flow: its note is the step's note; its fields are checked and applied on completion. */
  @Override
  public void declare(TaskSteps steps) {
    for (String key : CertificationProcess.DOCUMENT_OF_TASK.keySet()) {
      steps.task(key).decision(DECISION_OF_TASK.get(key))
          .reads(values -> values.text(CertificationProcess.DOCUMENT_OF_TASK.get(key).noteField()))
          .onComplete(context -> complete(context.task(), context.businessKey()));
    }
  }

  /** Checks the task's fields again and writes what the step changes in the record. */
  void complete(DelegateTask task, String number) {
    String step = task.getTaskDefinitionKey();
    CertificationProcess.DocumentFields fields = CertificationProcess.DOCUMENT_OF_TASK.get(step);
    String documentNo = fields.numberField() == null ? null : FormValues.text(task.getVariables(), fields.numberField());
    String note = FormValues.text(task.getVariables(), fields.noteField());
    FieldRules rules = new FieldRules();
    if (fields.numberField() != null) {
      rules.text(fields.numberField(), documentNo, NUMBER_MAX);
    }
    LocalDate date = FormValues.requiredDate(fields.dateField(), task.getVariable(fields.dateField()), rules);
    rules.text(fields.noteField(), note, NOTE_MAX);
    checkStep(task, step, rules);
    rules.check();
    String outcome = outcome(task, step);
    Integer round = CertificationProcess.SURVEILLANCE_TASKS.contains(step)
        ? (Integer) task.getVariable(Var.SURVEILLANCE_ROUND) : null;
    String actor = TaskActor.of(task);
    certifications.recordDocument(number, task.getId(), new CertificationDocument(fields.kind(), round, documentNo,
        date, outcome, note, actor, certifications.now()));
    applyStep(task, step, number, documentNo, note);
  }

  private void checkStep(DelegateTask task, String step, FieldRules rules) {
    switch (step) {
      case Element.RECORD_CERTIFICATION_DECISION -> {
        if (FormValues.bool(task.getVariable(Var.CERTIFIED))) {
          rules.text(Var.CERTIFICATE_SCOPE, (String) task.getVariable(Var.CERTIFICATE_SCOPE), 500);
          FormValues.requiredDate(Var.CERTIFICATE_ISSUE_DATE, task.getVariable(Var.CERTIFICATE_ISSUE_DATE), rules);
        }
      }
      case Element.RECORD_SURVEILLANCE_DECISION -> {
        String decision = (String) task.getVariable(Var.SURVEILLANCE_DECISION);
        rules.present(Var.SURVEILLANCE_DECISION, decision).oneOf(Var.SURVEILLANCE_DECISION, decision,
            SURVEILLANCE_DECISIONS);
      }
      default -> { }
    }
  }

  private static String outcome(DelegateTask task, String step) {
    return switch (step) {
      case Element.RECORD_APPLICATION_REVIEW -> bool(task, Var.APPLICATION_ACCEPTED) ? "accepted" : "rejected";
      case Element.RECORD_DOCUMENT_AUDIT -> bool(task, Var.DOCUMENTS_CONFORM) ? "conform" : "nonconforming";
      case Element.RECORD_CERTIFICATION_DECISION -> bool(task, Var.CERTIFIED) ? "certified" : "failed";
      case Element.RECORD_SURVEILLANCE_DECISION -> (String) task.getVariable(Var.SURVEILLANCE_DECISION);
      default -> null;
    };
  }

  private void applyStep(DelegateTask task, String step, String number, String documentNo, String note) {
    switch (step) {
      case Element.RECORD_APPLICATION_REVIEW -> {
        boolean accepted = bool(task, Var.APPLICATION_ACCEPTED);
        task.setVariable(Var.APPLICATION_ACCEPTED, accepted);
        if (!accepted) {
          certifications.reject(number, note);
        }
      }
      case Element.SIGN_CERTIFICATION_CONTRACT -> certifications.contract(number, documentNo);
      case Element.RECORD_DOCUMENT_AUDIT -> {
        task.setVariable(Var.DOCUMENTS_CONFORM, bool(task, Var.DOCUMENTS_CONFORM));
        task.setVariable(Var.PRE_AUDIT_REQUIRED, bool(task, Var.PRE_AUDIT_REQUIRED));
      }
      case Element.RECORD_CERTIFICATION_DECISION -> {
        boolean certified = bool(task, Var.CERTIFIED);
        task.setVariable(Var.CERTIFIED, certified);
        if (!certified) {
          certifications.fail(number, note);
        }
      }
      default -> { }
    }
  }

  private static boolean bool(DelegateTask task, String name) {
    return FormValues.bool(task.getVariable(name));
  }
}
