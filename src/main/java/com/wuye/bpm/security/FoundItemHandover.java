package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
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
    boolean ownerKnown = FormValues.of(scope).ticked(Var.OWNER_KNOWN);
    return new FoundItemHandover(FormValues.of(scope).text(Var.ITEM_DESCRIPTION), FormValues.of(scope).text(Var.FOUND_PLACE),
        FormValues.of(scope).text(Var.FINDER_NAME), ownerKnown, ownerKnown ? FormValues.of(scope).text(Var.OWNER_NAME) : null,
        ownerKnown ? FormValues.of(scope).text(Var.OWNER_PHONE) : null, FormValues.of(scope).ticked(Var.ITEM_CHECKED));
  }
}
