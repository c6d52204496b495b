package com.wuye.bpm.casefile;

import com.wuye.bpm.api.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A user task being created or completed, as a flow's declared action sees it: the case it belongs to (by the
 * instance's business key, never by a variable a person could have sent), what the form submitted, and who.
 */
public record TaskStepContext(String businessKey, String processKey, FormValues values, DelegateTask task,
    String actor) {}
