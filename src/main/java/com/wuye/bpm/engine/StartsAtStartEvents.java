package com.wuye.bpm.engine;

import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.NoneStartEventActivityBehavior;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.ActivityBeforeInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Every flow begins at one of its start events, for everyone but administrators: the company's rules are the order
 * of the steps (a permit only after review and deposit), and the engine's start instructions
 * ({@code startInstructions} of {@code POST /engine-rest/process-definition/.../start}), process-instance
 * modification, migration and restarts would let anyone allowed to start or update a flow place it at any later
 * step. Checked on the engine's commands, so it holds for every way in: {@code /engine-rest}, the web applications'
 * own copy of that API ({@code /camunda/api/engine/...}, used with the Tasklist's session), and Java.
 *
 * <ul>
 *   <li>a start with instructions: each must be "start before" a start event of the process itself (not one inside
 *       a subprocess or an event subprocess);</li>
 *   <li>a restart runs such a start inside, so the same rule holds for it; a restart as a batch carries its
 *       instructions where they cannot be read here, and is refused;</li>
 *   <li>modification (one instance or a batch) and migration to another version: refused.</li>
 * </ul>
 *
 * Refused with the engine's {@link AuthorizationException} (403 from the REST API), before anything is written.
 * Commands without an authenticated user (the application's own code, the job executor) are not checked: the
 * application starts its flows at their start events, and the jobs were created by a command that was checked.
 */
final class StartsAtStartEvents extends CommandInterceptor {

  private static final List<Class<?>> ADMINISTRATORS_ONLY = List.of(ModifyProcessInstanceCmd.class,
      ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
      ProcessInstanceModificationBatchCmd.class, RestartProcessInstancesBatchCmd.class,
      MigrateProcessInstanceCmd.class, MigrateProcessInstanceBatchCmd.class);

  private static final Field INSTANTIATION = instantiationField();

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof StartProcessInstanceAtActivitiesCmd || ADMINISTRATORS_ONLY.contains(command.getClass())) {
      CommandContext context = Context.getCommandContext();
      Authentication user = context.getAuthentication();
      if (user != null && user.getUserId() != null && !context.getAuthorizationManager().isCamundaAdmin(user)) {
        if (command instanceof StartProcessInstanceAtActivitiesCmd start) {
          checkStartsAtStartEvents(context, user, instantiation(start));
        } else {
          throw new AuthorizationException(user.getUserId() + " 无权改动流程实例的进度 (only administrators may modify, "
              + "migrate or restart process instances as a batch: " + command.getClass().getSimpleName() + ")");
        }
      }
    }
    return next.execute(command);
  }

  private static void checkStartsAtStartEvents(CommandContext context, Authentication user,
      ProcessInstantiationBuilderImpl instantiation) {
    ProcessDefinitionEntity definition = new GetDeployedProcessDefinitionCmd(instantiation, false).execute(context);
    for (AbstractProcessInstanceModificationCommand instruction
        : instantiation.getModificationBuilder().getModificationOperations()) {
      String target = instruction instanceof ActivityBeforeInstantiationCmd before ? before.getTargetElementId() : null;
      ActivityImpl activity = target == null ? null : definition.findActivity(target);
      boolean startEvent = activity != null && activity.getFlowScope() == definition
          && activity.getActivityBehavior() instanceof NoneStartEventActivityBehavior;
      if (!startEvent) {
        throw new AuthorizationException(user.getUserId() + " 只能从开始事件发起流程 " + definition.getKey()
            + " (a process starts at one of its start events; refused: " + instruction + ")");
      }
    }
  }

  private static ProcessInstantiationBuilderImpl instantiation(StartProcessInstanceAtActivitiesCmd start) {
    try {
      return (ProcessInstantiationBuilderImpl) INSTANTIATION.get(start);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The command keeps its instructions in a protected field without a getter (engine 7.24). */
  private static Field instantiationField() {
    try {
      Field field = StartProcessInstanceAtActivitiesCmd.class.getDeclaredField("instantiationBuilder");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("the engine changed: StartProcessInstanceAtActivitiesCmd.instantiationBuilder", e);
    }
  }
}
