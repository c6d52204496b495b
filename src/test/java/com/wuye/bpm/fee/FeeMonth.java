package com.wuye.bpm.fee;

import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A unit's months played with the engine's clock against the whole application: the due jobs of its bills' and
 * its household's instances run (other units' instances in the same database are left alone).
 */
record FeeMonth(ProcessEngine engine, String unitCode) {

  /** Moves the clock to {@code at} and runs the unit's due jobs until none is left. */
  void at(Date at) {
    ClockUtil.setCurrentTime(at);
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      List<Job> due = instances().flatMap(instance -> management.createJobQuery()
          .processInstanceId(instance.getId()).executable().list().stream()).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** The period's letters, then the hand-over 7 days after the suspension notice; the open arrears cases. */
  List<String> playToHandOver(YearMonth period) {
    FeeCalendar calendar = new FeeCalendar(period, FeeFixtures.ZONE);
    for (var at : List.of(calendar.reminderAt(), calendar.finalReminderAt(), calendar.suspensionNoticeAt(),
        calendar.suspensionApplicationAt())) {
      at(FeeFixtures.at(at));
    }
    return openCases();
  }

  /** The business keys of the household's running household-arrears instances. */
  List<String> openCases() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(HouseholdArrearsProcess.KEY).processInstanceBusinessKeyLike(casePrefix() + "%").list()
        .stream().map(ProcessInstance::getBusinessKey).sorted().toList();
  }

  private String casePrefix() {
    return "QF-" + unitCode + "-";
  }

  private Stream<ProcessInstance> instances() {
    var runtime = engine.getRuntimeService();
    return Stream.concat(
        runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("FB-%-" + unitCode).list()
            .stream(),
        runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(casePrefix() + "%").list().stream());
  }
}
