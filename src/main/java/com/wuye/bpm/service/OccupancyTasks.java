package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerOccupancyProcess.Element;
import static com.wuye.bpm.service.OwnerOccupancyProcess.Var;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the user tasks of owner-occupancy read, check and write. */
@Component
class OccupancyTasks implements FlowTasks {

  static final int MAX_KEYS = 50;

  private final OccupancyService occupancies;

  OccupancyTasks(OccupancyService occupancies) {
    this.occupancies = occupancies;
  }

  @Override
  public String processKey() {
    return OwnerOccupancyProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.OCCUPANCY_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CHECK_OCCUPANCY_DOCUMENTS)
        .reads(values -> {
          values.choice(Var.DOCUMENTS_RESULT, OwnerOccupancyProcess.DOCUMENTS_RESULTS);
          return values.requiredText(Var.DOCUMENTS_NOTE, ServiceFields.SHORT_NOTE_MAX);
        })
        .onComplete(step -> occupancies.checkDocuments(step.businessKey(),
            OwnerOccupancyProcess.DOCUMENTS_COMPLETE.equals(step.values().text(Var.DOCUMENTS_RESULT))));
    steps.task(Element.INTRODUCE_SERVICES)
        .reads(values -> {
          List<String> services = values.checklist(Var.SERVICES_INTRODUCED, OwnerOccupancyProcess.SERVICES);
          if (!services.contains(OwnerOccupancyProcess.USER_MANUAL)) {
            values.rules().reject(Var.SERVICES_INTRODUCED, "须发放《用户手册》 (the user manual must be handed over)");
          }
          return values.optionalText(Var.INTRODUCTION_NOTE, ServiceFields.SHORT_NOTE_MAX);
        })
        .onComplete(step -> occupancies.introduceServices(step.businessKey(),
            step.values().checklist(Var.SERVICES_INTRODUCED)));
    steps.task(Element.INSPECT_HOUSE)
        .reads(values -> {
          values.choice(Var.INSPECTION_RESULT, OwnerOccupancyProcess.INSPECTION_RESULTS);
          return values.requiredText(Var.INSPECTION_NOTE, ServiceFields.NOTE_MAX);
        })
        .onComplete(step -> occupancies.inspect(step.businessKey(),
            OwnerOccupancyProcess.HOUSE_ACCEPTED.equals(step.values().text(Var.INSPECTION_RESULT))));
    steps.task(Element.RECTIFY_HOUSE_DEFECTS)
        .note(Var.RECTIFICATION_NOTE, ServiceFields.NOTE_MAX)
        .onComplete(step -> occupancies.rectify(step.businessKey()));
    steps.task(Element.HAND_OVER_KEYS)
        .reads(values -> {
          Integer keys = values.requiredInteger(Var.KEY_COUNT);
          if (keys != null && (keys < 1 || keys > MAX_KEYS)) {
            values.rules().reject(Var.KEY_COUNT, "应在 1 到 " + MAX_KEYS + " 之间 (1 to " + MAX_KEYS + ")");
          }
          String note = values.optionalText(Var.KEY_NOTE, ServiceFields.SHORT_NOTE_MAX);
          return "钥匙 " + keys + " 把" + (note == null ? "" : "；" + note);
        })
        .onComplete(step -> occupancies.handOverKeys(step.businessKey(), step.values().integer(Var.KEY_COUNT)));
    steps.task(Element.ARRANGE_UTILITIES)
        .reads(values -> {
          values.checklist(Var.UTILITIES_ARRANGED, OwnerOccupancyProcess.UTILITIES);
          values.choice(Var.DECORATION_ADVICE, OwnerOccupancyProcess.DECORATION_ADVICE);
          return values.optionalText(Var.OCCUPANCY_NOTE, ServiceFields.SHORT_NOTE_MAX);
        })
        .onComplete(step -> occupancies.arrangeUtilities(step.businessKey(),
            step.values().checklist(Var.UTILITIES_ARRANGED),
            OwnerOccupancyProcess.DECORATION_ADVICE_WANTED.equals(step.values().text(Var.DECORATION_ADVICE))));
  }
}
