package com.wuye.bpm.security;

import static com.wuye.bpm.security.AccessCardProcess.Element;
import static com.wuye.bpm.security.AccessCardProcess.Var;

import com.wuye.bpm.api.FieldRules;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener on the user tasks of access-card: the owner's signature and the two archive steps. */
@Component
class AccessCardRecorder implements TaskListener {

  private final AccessCardService cards;
  private final SecurityJournal journal;

  AccessCardRecorder(AccessCardService cards, SecurityJournal journal) {
    this.cards = cards;
    this.journal = journal;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(Var.CARD_NUMBER);
    FieldRules rules = new FieldRules();
    String note = switch (task.getTaskDefinitionKey()) {
      case Element.OWNER_SIGNS -> {
        if (!FormInput.ticked(task, Var.OWNER_SIGNED)) {
          rules.reject(Var.OWNER_SIGNED, "业主须在领取表上签字 (the owner must sign)").check();
        }
        cards.issued(number);
        yield "业主已签字领证";
      }
      case Element.ARCHIVE_COPIES -> {
        String file = FormInput.text(task, Var.COPIES_FILE_NUMBER);
        rules.text(Var.COPIES_FILE_NUMBER, file, 40).check();
        cards.copiesArchived(number, file);
        yield file;
      }
      case Element.ARCHIVE_REGISTER -> {
        String file = FormInput.text(task, Var.REGISTER_FILE_NUMBER);
        rules.text(Var.REGISTER_FILE_NUMBER, file, 40).check();
        cards.registerArchived(number, file);
        yield file;
      }
      default -> null;
    };
    journal.record(AccessCardProcess.KEY, number, task, note);
  }
}
