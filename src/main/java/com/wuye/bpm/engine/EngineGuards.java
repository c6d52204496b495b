package com.wuye.bpm.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the engine refuses from users, whichever way they reach it: starts that skip steps
 * ({@link StartsAtStartEvents}), expressions that reach beyond the beans offered to models ({@link ModelExpressions}),
 * deployments that carry scripts or classes ({@link ModelContentCheck}), starts whose variables do not fit their start
 * form ({@link StartFormFields}); and the 400 for refused input through the engine's REST API ({@link RefusedInput}).
 * First of the plugins, so that the Spin plugin registers its functions with the expression manager set here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class EngineGuards extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  EngineGuards(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ModelExpressions.OfferedBeans beans = new ModelExpressions.OfferedBeans(context);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new ModelExpressions(context, beans));

    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(new RefusedInput(), configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(new StartsAtStartEvents(), configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPreDeployers(with(new ModelContentCheck(beans, context), configuration.getCustomPreDeployers()));
    configuration.setCustomPreBPMNParseListeners(
        with(new StartFormFields(), configuration.getCustomPreBPMNParseListeners()));
  }

  /** The engine's list of interceptors or deployers (null when none) with ours first. */
  private static <T> List<T> with(T ours, List<T> theirs) {
    List<T> all = new ArrayList<>();
    all.add(ours);
    if (theirs != null) {
      all.addAll(theirs);
    }
    return all;
  }
}
