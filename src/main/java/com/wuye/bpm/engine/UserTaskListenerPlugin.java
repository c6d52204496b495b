package com.wuye.bpm.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches the case file's recorder ({@link UserTaskListeners}) to the create and complete events of every user
 * task of every deployed process, as a built-in listener: a model need not (and cannot forget to) name it, and a
 * deployment from the Modeler gets it too. The recorder is looked up when a task event happens, not when the
 * engine starts, because it depends on services that depend on the engine.
 */
@Component
class UserTaskListenerPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<UserTaskListeners> listeners;

  UserTaskListenerPlugin(ObjectProvider<UserTaskListeners> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        TaskListener recorder = new Recorder(
            ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey());
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, recorder);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, recorder);
      }
    });
  }

  private final class Recorder implements TaskListener {

    private final String processKey;

    Recorder(String processKey) {
      this.processKey = processKey;
    }

    @Override
    public void notify(DelegateTask task) {
      UserTaskListeners available = listeners.getIfAvailable();
      if (available != null) {
        available.listenerFor(processKey).notify(task);
      }
    }
  }
}
