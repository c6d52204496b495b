package com.wuye.bpm.casefile;

import com.wuye.bpm.api.FormValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** A flow's declarations, one {@link Step} per user task that reads, checks or writes more than its step. */
public final class TaskSteps {

  private final Map<String, Step> steps = new LinkedHashMap<>();

  TaskSteps() {}

  /** The declaration of the task with this definition key (created on first use). */
  public Step task(String taskDefinitionKey) {
    return steps.computeIfAbsent(taskDefinitionKey, key -> new Step());
  }

  Step find(String taskDefinitionKey) {
    return steps.get(taskDefinitionKey);
  }

  /** What one user task reads from its form, keeps as its note and writes to its feature's records. */
  public static final class Step {

    private Function<FormValues, String> reader = values -> null;
    private String decision;
    private Consumer<TaskStepContext> onCreate = context -> { };
    private Consumer<TaskStepContext> onComplete = context -> { };

    private Step() {}

    /** A required text field, kept as the step's note. */
    public Step note(String field, int maxLength) {
      return reads(values -> values.requiredText(field, maxLength));
    }

    /** A text field that may stay empty, kept as the step's note. */
    public Step optionalNote(String field, int maxLength) {
      return reads(values -> values.optionalText(field, maxLength));
    }

    /**
     * A decision a person makes by an explicit yes/no choice (批准 / 驳回 as a radio group without default): required
     * on completion, and kept in the process as a boolean for the gateway that reads it. Null declares none.
     */
    public Step decision(String field) {
      this.decision = field;
      return this;
    }

    /** Reads and checks the form's fields (errors collected in the values' rules); returns the step's note. */
    public Step reads(Function<FormValues, String> reader) {
      this.reader = reader;
      return this;
    }

    /** Runs when the task is created (e.g. an escalation noted in the record). */
    public Step onCreate(Consumer<TaskStepContext> action) {
      this.onCreate = action;
      return this;
    }

    /** Runs when the task is completed and its fields passed their checks, before the step is kept. */
    public Step onComplete(Consumer<TaskStepContext> action) {
      this.onComplete = action;
      return this;
    }

    String read(FormValues values) {
      if (decision != null) {
        values.requiredFlag(decision);
      }
      return reader.apply(values);
    }

    void created(TaskStepContext context) {
      onCreate.accept(context);
    }

    void completed(TaskStepContext context) {
      if (decision != null) {
        context.task().setVariable(decision, context.values().ticked(decision));
      }
      onComplete.accept(context);
    }
  }
}
