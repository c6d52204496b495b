package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.FightIncidentProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the monitoring centre saw (start form report-fight): the inputs of the decision fight-seriousness. */
record FightReport(String location, Integer peopleInvolved, boolean weapons, boolean injuries, String damage,
    String description) {

  static final Set<String> DAMAGE_LEVELS = Set.of("none", "minor", "major");
  static final int MIN_PEOPLE = 2;
  static final int MAX_PEOPLE = 500;

  FieldRules check() {
    FieldRules rules = new FieldRules().text(Var.LOCATION, location, 100).present(Var.PEOPLE_INVOLVED, peopleInvolved)
        .text(Var.DAMAGE, damage, 10).oneOf(Var.DAMAGE, damage, DAMAGE_LEVELS).text(Var.DESCRIPTION, description, 1000);
    if (peopleInvolved != null && (peopleInvolved < MIN_PEOPLE || peopleInvolved > MAX_PEOPLE)) {
      rules.reject(Var.PEOPLE_INVOLVED, "应在 " + MIN_PEOPLE + " 到 " + MAX_PEOPLE + " 之间");
    }
    return rules;
  }

  static FightReport from(VariableScope scope) {
    return new FightReport(FormValues.of(scope).text(Var.LOCATION), FormValues.of(scope).integer(Var.PEOPLE_INVOLVED),
        FormValues.of(scope).ticked(Var.WEAPONS), FormValues.of(scope).ticked(Var.INJURIES), FormValues.of(scope).text(Var.DAMAGE),
        FormValues.of(scope).text(Var.DESCRIPTION));
  }

  /** The decision's inputs with their types, and the guards' first guess about damage for their forms. */
  void writeDecisionInputs(VariableScope scope) {
    scope.setVariable(Var.PEOPLE_INVOLVED, peopleInvolved);
    scope.setVariable(Var.WEAPONS, weapons);
    scope.setVariable(Var.INJURIES, injuries);
    scope.setVariable(Var.DAMAGE, damage);
    scope.setVariable(Var.FACILITY_DAMAGED, !"none".equals(damage));
  }
}
