/**
 * The engine's wiring: deployment of bpmn/ dmn/ forms/, the working-day calendar, users, groups, authorizations
 * and Tasklist filters, and what the engine refuses from users (engine/EngineGuards).
 *
 * <p>The engine's internal API ({@code org.camunda.bpm.engine.impl.*}) is used here and nowhere else in the
 * application's main code, each use for a reason the public API has no answer to:
 * <ul>
 *   <li>{@code cfg.AbstractProcessEnginePlugin}, {@code cfg.ProcessEngineConfigurationImpl} (EngineGuards): the
 *       engine's extension points (expression manager, the beans offered to models, command interceptors,
 *       deployers) exist only on the configuration;</li>
 *   <li>{@code interceptor.*}, {@code context.Context}, {@code identity.Authentication} (StartsAtStartEvents,
 *       RefusedInput): a check of every command, whichever API it came through, needs the command and its
 *       authenticated user;</li>
 *   <li>{@code cmd.*} modification and restart commands, {@code batch.RestartProcessInstancesBatchCmd},
 *       {@code migration.*Cmd}, {@code ProcessInstantiationBuilderImpl}, {@code cmd.GetDeployedProcessDefinitionCmd},
 *       {@code persistence.entity.ProcessDefinitionEntity}, {@code pvm.process.ActivityImpl},
 *       {@code bpmn.behavior.NoneStartEventActivityBehavior} (StartsAtStartEvents): which commands place an instance
 *       at a step, and whether the step a start names is a start event of the process itself. The start's
 *       instructions are read from a protected field by reflection (7.24 has no getter): a changed engine fails at
 *       start-up, not silently;</li>
 *   <li>{@code persistence.deploy.Deployer}, {@code persistence.entity.DeploymentEntity} / {@code ResourceEntity}
 *       (ModelContentCheck): the only point at which every resource of a deployment is seen before it is parsed;</li>
 *   <li>{@code el.*} through {@code org.camunda.bpm.engine.spring.SpringExpressionManager} (ModelExpressions): the
 *       expression manager is where the beans an expression can name are decided;</li>
 *   <li>{@code history.*} (FailuresOnlyJobLog): the history handler is an internal extension point;</li>
 *   <li>{@code cfg.IdGenerator} (TimeOrderedIdGenerator): the engine's id generator interface.</li>
 * </ul>
 */
package com.wuye.bpm.engine;
