package com.wuye.bpm.engine;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The listener that {@link UserTaskListenerPlugin} attaches to every user task of a process when the engine reads
 * its model (create and complete): the case file's recorder.
 */
public interface UserTaskListeners {

  TaskListener listenerFor(String processKey);
}
