package com.wuye.bpm.security;

import static com.wuye.bpm.security.LostAndFoundProcess.Element;
import static com.wuye.bpm.security.LostAndFoundProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on the user tasks of lost-and-found: the posting, the claim (identity checked first) and the
 * disposal, checked (Tasklist validates in the browser only) and kept with the found item.
 */
@Component
class FoundItemRecorder implements TaskListener {

  static final Set<String> DISPOSAL_METHODS = Set.of("police", "donate", "destroy", "other");

  private final FoundItemService items;
  private final SecurityJournal journal;
  private final IdNumberPrivacy privacy;

  FoundItemRecorder(FoundItemService items, SecurityJournal journal, IdNumberPrivacy privacy) {
    this.items = items;
    this.journal = journal;
    this.privacy = privacy;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(Var.FOUND_ITEM_NUMBER);
    FieldRules rules = new FieldRules();
    String note = switch (task.getTaskDefinitionKey()) {
      case Element.POST_NOTICE -> {
        String place = FormInput.text(task, Var.NOTICE_PLACE);
        rules.text(Var.NOTICE_PLACE, place, 100).check();
        items.posted(number, place);
        yield place;
      }
      case Element.HAND_BACK_ITEM -> {
        String name = FormInput.text(task, Var.CLAIMANT_NAME);
        String idNumber = FormInput.text(task, Var.CLAIMANT_ID_NUMBER);
        String phone = FormInput.text(task, Var.CLAIMANT_PHONE);
        rules.text(Var.CLAIMANT_NAME, name, 50).text(Var.CLAIMANT_ID_NUMBER, idNumber, 40)
            .text(Var.CLAIMANT_PHONE, phone, 30);
        if (!FormInput.ticked(task, Var.IDENTITY_CHECKED)) {
          rules.reject(Var.IDENTITY_CHECKED, "认领前须核对失主身份 (check the claimant's identity first)");
        }
        rules.check();
        items.claimed(number, name, idNumber, phone);
        task.setVariable(Var.CLAIMANT_ID_NUMBER, IdNumberPrivacy.mask(idNumber));
        privacy.keepMasked(task.getProcessInstanceId(), Var.CLAIMANT_ID_NUMBER, idNumber);
        yield name + "认领";
      }
      case Element.DISPOSE_ITEM -> {
        String method = FormInput.text(task, Var.DISPOSAL_METHOD);
        String disposal = FormInput.text(task, Var.DISPOSAL_NOTE);
        rules.text(Var.DISPOSAL_METHOD, method, 20).oneOf(Var.DISPOSAL_METHOD, method, DISPOSAL_METHODS)
            .text(Var.DISPOSAL_NOTE, disposal, 500).check();
        items.disposed(number, method, disposal);
        yield disposal;
      }
      default -> null;
    };
    journal.record(LostAndFoundProcess.KEY, number, task, note);
  }
}
