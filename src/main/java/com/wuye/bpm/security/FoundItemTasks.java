package com.wuye.bpm.security;

import static com.wuye.bpm.security.LostAndFoundProcess.Element;
import static com.wuye.bpm.security.LostAndFoundProcess.Var;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskStepContext;
import com.wuye.bpm.casefile.TaskSteps;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What security and customer service write in lost-and-found (《物业品质管理手册》§5.5.3): the posting, the claim
 * (identity checked first; the claimant's full ID number stays in the found item's row only) and the disposal.
 */
@Component
class FoundItemTasks implements FlowTasks {

  static final Set<String> DISPOSAL_METHODS = Set.of("police", "donate", "destroy", "other");

  private final FoundItemService items;
  private final IdNumberPrivacy privacy;

  FoundItemTasks(FoundItemService items, IdNumberPrivacy privacy) {
    this.items = items;
    this.privacy = privacy;
  }

  @Override
  public String processKey() {
    return LostAndFoundProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.FOUND_ITEM_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.POST_NOTICE).note(Var.NOTICE_PLACE, 100)
        .onComplete(step -> items.posted(step.businessKey(), step.values().text(Var.NOTICE_PLACE)));
    steps.task(Element.HAND_BACK_ITEM)
        .reads(values -> {
          String name = values.requiredText(Var.CLAIMANT_NAME, 50);
          values.requiredText(Var.CLAIMANT_ID_NUMBER, 40);
          values.requiredText(Var.CLAIMANT_PHONE, 30);
          if (!values.ticked(Var.IDENTITY_CHECKED)) {
            values.rules().reject(Var.IDENTITY_CHECKED, "认领前须核对失主身份 (check the claimant's identity first)");
          }
          return name + "认领";
        })
        .onComplete(this::handBack);
    steps.task(Element.DISPOSE_ITEM)
        .reads(values -> {
          values.choice(Var.DISPOSAL_METHOD, DISPOSAL_METHODS);
          return values.requiredText(Var.DISPOSAL_NOTE, 500);
        })
        .onComplete(step -> items.disposed(step.businessKey(), step.values().text(Var.DISPOSAL_METHOD),
            step.values().text(Var.DISPOSAL_NOTE)));
  }

  private void handBack(TaskStepContext step) {
    String idNumber = step.values().text(Var.CLAIMANT_ID_NUMBER);
    items.claimed(step.businessKey(), step.values().text(Var.CLAIMANT_NAME), idNumber,
        step.values().text(Var.CLAIMANT_PHONE));
    step.task().setVariable(Var.CLAIMANT_ID_NUMBER, IdNumberPrivacy.mask(idNumber));
    privacy.keepMasked(step.task().getProcessInstanceId(), Var.CLAIMANT_ID_NUMBER, idNumber);
  }
}
