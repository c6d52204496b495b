package com.wuye.bpm.security;

import static com.wuye.bpm.security.AccessCardProcess.Element;
import static com.wuye.bpm.security.AccessCardProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener on the user tasks of access-card: the document check, the signature and the two archives. */
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
      case Element.CHECK_DOCUMENTS -> {
        String complete = FormInput.text(task, Var.DOCUMENTS_COMPLETE);
        rules.text(Var.DOCUMENTS_COMPLETE, complete, 20).oneOf(Var.DOCUMENTS_COMPLETE, complete,
            Set.of(AccessCardProcess.COMPLETE, AccessCardProcess.INCOMPLETE));
        if (AccessCardProcess.INCOMPLETE.equals(complete)) {
          String missing = FormInput.text(task, Var.MISSING_DOCUMENTS);
          rules.text(Var.MISSING_DOCUMENTS, missing, 500).check();
          cards.documentsReturned(number, missing);
          yield "资料不齐全：" + missing;
        }
        AccessCardPayment payment = new AccessCardPayment(FormInput.text(task, Var.PAYMENT_KIND),
            FormInput.money(task, Var.AMOUNT), FormInput.text(task, Var.RECEIPT_NUMBER));
        payment.check(rules).check();
        cards.documentsComplete(number, payment);
        yield "资料齐全，收" + ("fee".equals(payment.paymentKind()) ? "办证费 " : "押金 ")
            + payment.amount().toPlainString() + " 元，收据 " + payment.receiptNumber();
      }
      case Element.RETURN_DOCUMENTS -> {
        String supplement = FormInput.text(task, Var.SUPPLEMENT_NOTE);
        rules.text(Var.SUPPLEMENT_NOTE, supplement, 500).check();
        cards.documentsSupplemented(number, supplement);
        yield supplement;
      }
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
