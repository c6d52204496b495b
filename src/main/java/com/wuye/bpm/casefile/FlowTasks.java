package com.wuye.bpm.casefile;

/**
 * What one flow's user tasks record: one Spring bean per flow. The {@link TaskStepRecorder} runs on every user
 * task of every process; for the tasks declared here it checks the form's fields and runs the declared action
 * before it keeps the step in the case file.
 */
public interface FlowTasks {

  /** The process key of the flow ({@code complaint-handling}). */
  String processKey();

  /** Declares, per task definition key, what the task reads, checks and writes. */
  void declare(TaskSteps steps);

  /**
   * The process variable that holds the case's number (the business key), or null. A completion that changes it
   * is refused: a person cannot redirect a step to another case by sending another number.
   */
  default String recordVariable() {
    return null;
  }
}
