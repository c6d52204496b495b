package com.wuye.bpm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuye.bpm.api.FieldRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * A start submitted through the engine's REST API (Tasklist's start form, or any client posting to
 * {@code submit-form} / {@code start}) is checked against the Camunda Form of its start event before the first
 * step runs, as the form itself checks it in the browser: text fields take text (not a number, a boolean or an
 * object) within their maximum length (and the engine's 4,000 characters for a text variable, beyond which the
 * start failed with a 500 from the history table) and without control characters, checkboxes a boolean ({@code "true"}/
 * {@code "false"} as text too), number fields a number, checklists a list, and a required field that the form
 * always shows must be there. Refused with {@link com.wuye.bpm.api.BadInputException}, which the REST API answers
 * with 400 naming the fields ({@link RefusedInput}); nothing is written. Starts from the application's own
 * {@code /api}, which validates its requests itself, are not checked here.
 */
final class StartFormFields extends AbstractBpmnParseListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** the longest text the engine stores as a String variable (ACT_RU_VARIABLE.TEXT_, ACT_HI_VARINST.TEXT_) */
  static final int ENGINE_TEXT = 4000;
  private static final Namespace CAMUNDA = new Namespace(ModelContentCheck.CAMUNDA_NS);
  private final Map<String, List<JsonNode>> fieldsByDefinition = new ConcurrentHashMap<>();

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (scope instanceof ProcessDefinitionImpl && element.attributeNS(CAMUNDA, "formRef") != null) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::check);
    }
  }

  private void check(DelegateExecution execution) {
    if (!EngineRestRequests.active()) {
      return;
    }
    FieldRules rules = new FieldRules();
    for (JsonNode field : fields(execution)) {
      String key = field.path("key").asText();
      Object value = execution.getVariable(key);
      boolean blank = value == null || (value instanceof CharSequence text && text.toString().isBlank());
      if (blank) {
        if (field.path("validate").path("required").asBoolean() && field.path("conditional").isMissingNode()) {
          rules.present(key, null);
        }
        continue;
      }
      switch (field.path("type").asText()) {
        case "checkbox" -> {
          if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
            rules.reject(key, "应为是或否 (true or false)");
          }
        }
        case "number" -> {
          if (!(value instanceof Number) && !(value instanceof CharSequence text && text.toString().strip()
              .matches("-?\\d+(\\.\\d+)?"))) {
            rules.reject(key, "应为数字 (a number)");
          }
        }
        case "checklist", "taglist" -> {
          if (!(value instanceof Collection<?>) && !(value instanceof CharSequence)
              && !value.getClass().getName().startsWith("org.camunda.spin")) {
            rules.reject(key, "应为列表 (a list)");
          }
        }
        case "textfield", "textarea", "select", "radio" -> {
          if (!(value instanceof CharSequence text)) {
            rules.reject(key, "应为文字 (text expected)");
          } else {
            int max = Math.min(field.path("validate").path("maxLength").asInt(ENGINE_TEXT), ENGINE_TEXT);
            if (text.length() > max || FieldRules.hasControlCharacter(text.toString())) {
              rules.text(key, text.toString(), max);
            }
          }
        }
        default -> { }
      }
    }
    rules.check();
  }

  private List<JsonNode> fields(DelegateExecution execution) {
    return fieldsByDefinition.computeIfAbsent(execution.getProcessDefinitionId(), definition -> {
      try (InputStream form = execution.getProcessEngineServices().getFormService()
          .getDeployedStartForm(definition)) {
        List<JsonNode> fields = new ArrayList<>();
        collect(JSON.readTree(form).path("components"), fields);
        return fields;
      } catch (IOException unreadable) {
        throw new IllegalStateException("start form of " + definition + " unreadable", unreadable);
      }
    });
  }

  private static void collect(JsonNode components, List<JsonNode> fields) {
    for (JsonNode component : components) {
      if (!component.path("key").asText().isBlank()) {
        fields.add(component);
      }
      collect(component.path("components"), fields);
    }
  }
}
