package com.wuye.bpm.security;

import static com.wuye.bpm.security.LostAndFoundProcess.Var;

import com.wuye.bpm.api.FieldRules;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The handover record (失物移交记录表, start form register-found-item). */
record FoundItemHandover(String itemDescription, String foundPlace, String finderName, boolean ownerKnown,
    String ownerName, String ownerPhone, boolean itemChecked) {

  FieldRules check() {
    FieldRules rules = new FieldRules().text(Var.ITEM_DESCRIPTION, itemDescription, 200)
        .text(Var.FOUND_PLACE, foundPlace, 100).text(Var.FINDER_NAME, finderName, 50);
    if (ownerKnown) {
      rules.text(Var.OWNER_NAME, ownerName, 50).text(Var.OWNER_PHONE, ownerPhone, 30);
    }
    if (!itemChecked) {
      rules.reject(Var.ITEM_CHECKED, "须检查物品后签收 (check the item before signing for it)");
    }
    return rules;
  }

  static FoundItemHandover from(VariableScope scope) {
    boolean ownerKnown = FormInput.ticked(scope, Var.OWNER_KNOWN);
    return new FoundItemHandover(FormInput.text(scope, Var.ITEM_DESCRIPTION), FormInput.text(scope, Var.FOUND_PLACE),
        FormInput.text(scope, Var.FINDER_NAME), ownerKnown, ownerKnown ? FormInput.text(scope, Var.OWNER_NAME) : null,
        ownerKnown ? FormInput.text(scope, Var.OWNER_PHONE) : null, FormInput.ticked(scope, Var.ITEM_CHECKED));
  }
}
