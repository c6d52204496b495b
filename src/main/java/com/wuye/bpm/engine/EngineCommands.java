package com.wuye.bpm.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs many engine calls as one engine command: the engine writes what they did in one flush at the command's end,
 * each statement as one JDBC batch for all of them, instead of one flush of single rows per call (the billing run
 * starts a chunk of instances this way). The calls join the current transaction, or run in one of their own.
 */
@Component
public class EngineCommands {

  private final CommandExecutor commands;

  EngineCommands(ProcessEngine engine) {
    this.commands =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  public <T> T inOneCommand(Supplier<T> calls) {
    return commands.execute(commandContext -> calls.get());
  }
}
