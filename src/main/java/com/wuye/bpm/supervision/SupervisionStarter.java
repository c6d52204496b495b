package com.wuye.bpm.supervision;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.engine.AuthenticatedCalls;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The level of an assessment or a 十必查 supervision being opened, from its start (a cycle process or a person), and
 * who may start it: a cycle starts any level (no one is authenticated in a timer's job); a person only a level whose
 * team they belong to (a branch manager cannot start the company's assessment of the branches).
 */
@Component
class SupervisionStarter {

  private final AuthenticatedCalls calls;

  SupervisionStarter(AuthenticatedCalls calls) {
    this.calls = calls;
  }

  SupervisionLevel level(DelegateExecution execution, String variable, Set<SupervisionLevel> allowed) {
    FormValues form = FormValues.of(execution);
    String value = form.choice(variable,
        allowed.stream().map(SupervisionLevel::value).collect(Collectors.toSet()));
    form.check();
    SupervisionLevel level = SupervisionLevel.of(value);
    var callerGroups = calls.callerGroups();
    if (callerGroups.isPresent() && !callerGroups.get().contains(level.team().id())) {
      throw new BadInputException(variable, "只有" + level.team().chineseName() + "可以发起" + level.label());
    }
    return level;
  }

  static Set<SupervisionLevel> of(SupervisionLevel... levels) {
    return Set.copyOf(Arrays.asList(levels));
  }
}
