package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Var;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * What the decision {@code repair-priority} says of a report: its priority, the minutes engineering has to respond
 * and whether the owner pays. Used at intake to refuse what no rule knows; the process evaluates the same table in
 * its business rule task.
 */
@Component
class RepairTriage {

  private final DecisionService decisions;

  RepairTriage(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The table's answer, or empty when no rule matches the category and location. */
  Optional<Result> triage(String category, String location, boolean urgent) {
    DmnDecisionResultEntries entries = decisions.evaluateDecisionByKey(RepairRequestProcess.PRIORITY_DECISION)
        .variables(Map.of(Var.CATEGORY, category, Var.LOCATION, location, Var.URGENT, urgent))
        .evaluate().getFirstResult();
    if (entries == null) {
      return Optional.empty();
    }
    return Optional.of(new Result(entries.getEntry(Var.PRIORITY), ((Number) entries.getEntry(Var.RESPONSE_MINUTES))
        .intValue(), entries.getEntry(Var.CHARGEABLE)));
  }

  /** The decision's outputs. */
  record Result(String priority, int responseMinutes, boolean chargeable) {}
}
