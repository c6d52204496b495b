package com.wuye.bpm.security;

import static com.wuye.bpm.security.AccessCardProcess.Element;
import static com.wuye.bpm.security.AccessCardProcess.Var;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskStepContext;
import com.wuye.bpm.casefile.TaskSteps;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What customer service and security write in access-card (《物业品质管理手册》§5.5.1): the document check (back to
 * the owner when incomplete, the fee or deposit when complete), the signature and the two archives.
 */
@Component
class AccessCardTasks implements FlowTasks {

  private static final Set<String> CHECK_RESULTS = Set.of(AccessCardProcess.COMPLETE, AccessCardProcess.INCOMPLETE);

  private final AccessCardService cards;

  AccessCardTasks(AccessCardService cards) {
    this.cards = cards;
  }

  @Override
  public String processKey() {
    return AccessCardProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.CARD_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CHECK_DOCUMENTS).reads(this::documentCheck).onComplete(this::checkDocuments);
    steps.task(Element.RETURN_DOCUMENTS).note(Var.SUPPLEMENT_NOTE, 500)
        .onComplete(step -> cards.documentsSupplemented(step.businessKey(), step.values().text(Var.SUPPLEMENT_NOTE)));
    steps.task(Element.OWNER_SIGNS)
        .reads(values -> {
          if (!values.ticked(Var.OWNER_SIGNED)) {
            values.rules().reject(Var.OWNER_SIGNED, "业主须在领取表上签字 (the owner must sign)");
          }
          return "业主已签字领证";
        })
        .onComplete(step -> cards.issued(step.businessKey()));
    steps.task(Element.ARCHIVE_COPIES).note(Var.COPIES_FILE_NUMBER, 40)
        .onComplete(step -> cards.copiesArchived(step.businessKey(), step.values().text(Var.COPIES_FILE_NUMBER)));
    steps.task(Element.ARCHIVE_REGISTER).note(Var.REGISTER_FILE_NUMBER, 40)
        .onComplete(step -> cards.registerArchived(step.businessKey(), step.values().text(Var.REGISTER_FILE_NUMBER)));
  }

  private String documentCheck(FormValues values) {
    String result = values.choice(Var.DOCUMENTS_COMPLETE, CHECK_RESULTS);
    if (AccessCardProcess.INCOMPLETE.equals(result)) {
      return "资料不齐全：" + values.requiredText(Var.MISSING_DOCUMENTS, 500);
    }
    AccessCardPayment payment = payment(values);
    payment.check(values.rules());
    return payment.amount() == null ? null : "资料齐全，收" + ("fee".equals(payment.paymentKind()) ? "办证费 " : "押金 ")
        + payment.amount().toPlainString() + " 元，收据 " + payment.receiptNumber();
  }

  private void checkDocuments(TaskStepContext step) {
    if (AccessCardProcess.INCOMPLETE.equals(step.values().text(Var.DOCUMENTS_COMPLETE))) {
      cards.documentsReturned(step.businessKey(), step.values().text(Var.MISSING_DOCUMENTS));
    } else {
      cards.documentsComplete(step.businessKey(), payment(step.values()));
    }
  }

  private static AccessCardPayment payment(FormValues values) {
    return new AccessCardPayment(values.text(Var.PAYMENT_KIND), values.decimal(Var.AMOUNT, 2),
        values.text(Var.RECEIPT_NUMBER));
  }
}
