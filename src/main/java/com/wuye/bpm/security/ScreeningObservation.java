package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Var;

import com.wuye.bpm.api.FieldRules;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the guard saw (start form observe-person): where, who, and the signs the risk decision scores. */
record ScreeningObservation(String location, String personDescription, boolean loitering, boolean avoidsQuestions,
    boolean carriesTools, boolean nightTime, boolean tailgating, boolean noClearDestination) {

  static final int LOCATION_MAX = 100;
  static final int DESCRIPTION_MAX = 500;

  FieldRules check() {
    return new FieldRules().text(Var.LOCATION, location, LOCATION_MAX)
        .text(Var.PERSON_DESCRIPTION, personDescription, DESCRIPTION_MAX);
  }

  /** An unticked sign may be absent (REST, old forms): it counts as not observed. */
  static ScreeningObservation from(VariableScope scope) {
    return new ScreeningObservation(FormValues.of(scope).text(Var.LOCATION), FormValues.of(scope).text(Var.PERSON_DESCRIPTION),
        FormValues.of(scope).ticked(Var.LOITERING), FormValues.of(scope).ticked(Var.AVOIDS_QUESTIONS),
        FormValues.of(scope).ticked(Var.CARRIES_TOOLS), FormValues.of(scope).ticked(Var.NIGHT_TIME),
        FormValues.of(scope).ticked(Var.TAILGATING), FormValues.of(scope).ticked(Var.NO_CLEAR_DESTINATION));
  }

  /** The decision's inputs, as booleans: written back so that the decision never meets a missing sign. */
  void writeSigns(VariableScope scope) {
    scope.setVariable(Var.LOITERING, loitering);
    scope.setVariable(Var.AVOIDS_QUESTIONS, avoidsQuestions);
    scope.setVariable(Var.CARRIES_TOOLS, carriesTools);
    scope.setVariable(Var.NIGHT_TIME, nightTime);
    scope.setVariable(Var.TAILGATING, tailgating);
    scope.setVariable(Var.NO_CLEAR_DESTINATION, noClearDestination);
  }
}
