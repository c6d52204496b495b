/**
 * The engine's wiring: deployment of the models, the organisation (groups, demo users, authorizations, Tasklist
 * filters), authentication of the REST APIs, the working-day calendar, the clock, and the engine plugins. Features
 * use it; it uses no feature.
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
 *   <li>{@code org.camunda.bpm.engine.impl.interceptor.CommandExecutor} and
 *       {@code org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl} ({@code EngineCommands}): many
 *       engine calls in one engine command, so that the engine writes them in one flush of JDBC batches (the
 *       billing run's starts of a chunk of instances). The public API runs every call as a command of its
 *       own.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.cfg.IdGenerator} ({@code TimeOrderedIdGenerator}): the interface of
 *       the engine's id generator, which the configuration takes.</li>
 *   <li>{@code org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler},
 *       {@code org.camunda.bpm.engine.impl.history.event.HistoryEvent},
 *       {@code org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent} ({@code FailuresOnlyJobLog}): the
 *       history event handler, the engine's extension point for what history is written.</li>
 * </ul>
 */
package com.wuye.bpm.engine;
