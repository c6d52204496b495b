/**
 * The engine's wiring: deployment of the models, the organisation (groups, demo users, authorizations, Tasklist
 * filters), authentication of the REST APIs, the working-day calendar, the clock, the engine plugins, and what the
 * engine refuses from users whichever API they use ({@code EngineGuards}: starts past the start event, scripts and
 * beans not offered to models, refused input as 400). Features use it; it uses no feature.
 *
 * <p><b>The engine's internal API.</b> Only this package uses {@code org.camunda.bpm.engine.impl} (main code;
 * tests may use {@code ClockUtil}), so that moving to another engine of the same public API (Operaton) stays a
 * change of dependencies here. Each class used, and why no public API does it ({@code BoundariesTest} checks that
 * every one is listed):
 * <ul>
 *   <li>{@code org.camunda.bpm.engine.impl.util.ClockUtil} ({@code ClockConfiguration}): the engine's current
 *       time, which tests move; the application's {@code Clock} bean reads it so that records carry the time the
 *       engine's timers see. The public API has no clock.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.identity.Authentication} ({@code AuthenticatedCalls},
 *       {@code TaskActor}): the type that the public {@code IdentityService.getCurrentAuthentication()} returns;
 *       read to restore the caller's authentication after a call made as someone else, and to name who completed
 *       a task.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.context.Context},
 *       {@code org.camunda.bpm.engine.impl.interceptor.CommandContext} ({@code AuthenticatedCalls}): the engine's
 *       own work inside a command (a new task ordered by the decision {@code task-priority}) runs without the
 *       clerk's authorizations, as a business rule task does; the public API has no such switch.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin},
 *       {@code org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl},
 *       {@code org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener},
 *       {@code org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior},
 *       {@code org.camunda.bpm.engine.impl.task.TaskDefinition},
 *       {@code org.camunda.bpm.engine.impl.pvm.process.ActivityImpl},
 *       {@code org.camunda.bpm.engine.impl.pvm.process.ScopeImpl},
 *       {@code org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity},
 *       {@code org.camunda.bpm.engine.impl.util.xml.Element} ({@code UserTaskListenerPlugin}): the engine's
 *       documented extension point for attaching a listener to every user task of every deployed model (a
 *       process engine plugin adding a BPMN parse listener); there is no public API for it.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener},
 *       {@code org.camunda.bpm.engine.impl.pvm.process.ActivityImpl},
 *       {@code org.camunda.bpm.engine.impl.pvm.process.ScopeImpl},
 *       {@code org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl},
 *       {@code org.camunda.bpm.engine.impl.util.xml.Element},
 *       {@code org.camunda.bpm.engine.impl.util.xml.Namespace} ({@code StartFormFields}): the same extension point,
 *       to check a start's variables against its start form at every start event with a form.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.interceptor.CommandExecutor} and
 *       {@code org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl} ({@code EngineCommands}): many
 *       engine calls in one engine command, so that the engine writes them in one flush of JDBC batches (the
 *       billing run's starts of a chunk of instances). The public API runs every call as a command of its
 *       own.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.interceptor.CommandInterceptor},
 *       {@code org.camunda.bpm.engine.impl.interceptor.Command},
 *       {@code org.camunda.bpm.engine.impl.interceptor.CommandContext},
 *       {@code org.camunda.bpm.engine.impl.context.Context} ({@code StartsAtStartEvents}, {@code RefusedInput}): a
 *       check of every command, whichever API it came through (/engine-rest, the webapps' copy of it, Java), with
 *       the command's authenticated user. The public API has no hook before a command runs.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd},
 *       {@code org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl},
 *       {@code org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand},
 *       {@code org.camunda.bpm.engine.impl.cmd.ActivityBeforeInstantiationCmd},
 *       {@code org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd},
 *       {@code org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd},
 *       {@code org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd},
 *       {@code org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd},
 *       {@code org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd},
 *       {@code org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd},
 *       {@code org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd},
 *       {@code org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd},
 *       {@code org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior},
 *       {@code org.camunda.bpm.engine.impl.pvm.process.ActivityImpl},
 *       {@code org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity},
 *       {@code org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl},
 *       {@code org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager}
 *       ({@code StartsAtStartEvents}): which commands place an instance at a step, whether the step a start
 *       names is a start event of the process itself, and whether the command's user is an administrator. The start's instructions are read from a protected field by
 *       reflection (7.24 has no getter): a changed engine fails at start-up, not silently.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.persistence.deploy.Deployer},
 *       {@code org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity},
 *       {@code org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity} ({@code ModelContentCheck}): the one
 *       point at which every resource of a deployment is seen before it is parsed and stored.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl},
 *       {@code org.camunda.bpm.engine.impl.interceptor.CommandContext}, the expression manager behind
 *       {@code org.camunda.bpm.engine.spring.SpringExpressionManager} ({@code ModelExpressions},
 *       {@code EngineGuards}): the expression manager and the configuration's bean map decide which beans a model's
 *       expression can name; the two types are on the guard's list of what an expression may not touch.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.cfg.IdGenerator} ({@code TimeOrderedIdGenerator}): the interface of
 *       the engine's id generator, which the configuration takes.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler},
 *       {@code org.camunda.bpm.engine.impl.history.event.HistoryEvent},
 *       {@code org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent} ({@code FailuresOnlyJobLog}): the
 *       history event handler, the engine's extension point for what history is written.</li>
 * </ul>
 */
package com.wuye.bpm.engine;
