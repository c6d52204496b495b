package com.wuye.bpm.housekeeping;

import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Element;
import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Value;
import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Var;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskStepContext;
import com.wuye.bpm.casefile.TaskSteps;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the user tasks of cleaning-management read, check and write (《物业品质管理手册》 §5.6 节点1–3). */
@Component
class CleaningManagementTasks implements FlowTasks {

  static final Map<String, String> RESUBMIT = Map.of(Value.RESUBMIT, "重新报批", Value.WITHDRAW, "撤回草案");

  private final CleaningService cleaning;

  CleaningManagementTasks(CleaningService cleaning) {
    this.cleaning = cleaning;
  }

  @Override
  public String processKey() {
    return CleaningManagementProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.REGULATIONS_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.REVIEW_CLEANING_REGULATIONS)
        .reads(v -> v.approval(Var.QUALITY_APPROVAL, Var.QUALITY_APPROVAL_NOTE, 1000));
    steps.task(Element.APPROVE_CLEANING_REGULATIONS)
        .reads(v -> v.approval(Var.GENERAL_MANAGER_APPROVAL, Var.GENERAL_MANAGER_APPROVAL_NOTE, 1000));
    steps.task(Element.REVISE_CLEANING_REGULATIONS).reads(CleaningManagementTasks::revision)
        .onComplete(this::revised);
    steps.task(Element.ORGANISE_REGULATIONS_STUDY).reads(CleaningManagementTasks::study)
        .onComplete(c -> cleaning.studied(c.businessKey(), c.values().date(Var.STUDIED_ON),
            c.values().integer(Var.ATTENDEES), c.values().text(Var.STUDY_NOTE)));
  }

  private static String revision(FormValues v) {
    String choice = v.choice(Var.RESUBMIT, RESUBMIT.keySet());
    if (Value.WITHDRAW.equals(choice)) {
      return "撤回草案：" + v.requiredText(Var.WITHDRAW_REASON, 1000);
    }
    v.requiredText(Var.REGULATIONS_CONTENT, 8000);
    return choice == null ? null : "修改后重新报批";
  }

  private void revised(TaskStepContext c) {
    if (Value.WITHDRAW.equals(c.values().text(Var.RESUBMIT))) {
      cleaning.withdrawn(c.businessKey(), c.values().text(Var.WITHDRAW_REASON));
    } else {
      cleaning.revised(c.businessKey(), c.values().text(Var.REGULATIONS_CONTENT));
    }
  }

  private static String study(FormValues v) {
    var studiedOn = v.requiredDate(Var.STUDIED_ON);
    Integer attendees = v.requiredInteger(Var.ATTENDEES);
    if (attendees != null && attendees < 1) {
      v.rules().reject(Var.ATTENDEES, "至少 1 人 (at least 1)");
    }
    String note = v.optionalText(Var.STUDY_NOTE, 1000);
    return studiedOn + " 学习，" + attendees + " 人参加" + (note == null ? "" : "；" + note);
  }
}
