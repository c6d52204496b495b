package com.wuye.bpm.housekeeping;

import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Element;
import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Value;
import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Var;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the user tasks of cleaning-daily-check read, check and write (《物业品质管理手册》 §5.6 节点4、5). */
@Component
class CleaningDailyCheckTasks implements FlowTasks {

  static final Map<String, String> RESULTS = Map.of(Value.PASS, "合格", Value.FAIL, "不合格");

  private final CleaningService cleaning;

  CleaningDailyCheckTasks(CleaningService cleaning) {
    this.cleaning = cleaning;
  }

  @Override
  public String processKey() {
    return CleaningManagementProcess.DAILY_CHECK_KEY;
  }

  @Override
  public String recordVariable() {
    return Var.CHECK_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.SELF_CHECK_CLEANING).reads(CleaningDailyCheckTasks::selfCheck)
        .onComplete(c -> cleaning.selfChecked(c.businessKey(), c.values().text(Var.CHECKED_AREAS),
            c.values().text(Var.SELF_CHECK_RESULT), c.values().text(Var.SELF_CHECK_PROBLEMS), c.actor()));
    steps.task(Element.IMPROVE_CLEANING_WORK).note(Var.IMPROVEMENT, 1000)
        .onComplete(c -> cleaning.improved(c.businessKey(), c.values().text(Var.IMPROVEMENT), c.actor()));
    steps.task(Element.PRE_SHIFT_CHECK).reads(CleaningDailyCheckTasks::preShift)
        .onComplete(c -> cleaning.preShiftChecked(c.businessKey(), c.values().integer(Var.STAFF_PRESENT),
            c.values().text(Var.APPEARANCE_AND_TOOLS), c.values().text(Var.MEETING_NOTES),
            c.values().text(Var.OWNER_SUGGESTIONS), c.actor()));
  }

  private static String selfCheck(FormValues v) {
    String areas = v.requiredText(Var.CHECKED_AREAS, 200);
    String result = v.choiceWithReason(Var.SELF_CHECK_RESULT, RESULTS, Value.FAIL, Var.SELF_CHECK_PROBLEMS, 1000);
    return areas + "：" + result;
  }

  private static String preShift(FormValues v) {
    Integer staff = v.requiredInteger(Var.STAFF_PRESENT);
    if (staff != null && staff < 0) {
      v.rules().reject(Var.STAFF_PRESENT, "不能为负数 (must not be negative)");
    }
    String appearance = v.choice(Var.APPEARANCE_AND_TOOLS, RESULTS.keySet());
    String notes = v.requiredText(Var.MEETING_NOTES, 1000);
    String suggestions = v.optionalText(Var.OWNER_SUGGESTIONS, 1000);
    return "到岗 " + staff + " 人，仪容工具" + (appearance == null ? "" : RESULTS.get(appearance)) + "；班前会：" + notes
        + (suggestions == null ? "" : "；业主意见：" + suggestions);
  }
}
