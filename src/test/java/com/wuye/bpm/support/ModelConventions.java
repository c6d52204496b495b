package com.wuye.bpm.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputExpression;

/**
 * What the Modeler, Cockpit and Tasklist need of the models in bpmn/, dmn/ and forms/, as a list of
 * violations: diagram interchange for every node and flow, Chinese names, a group and an existing form for
 * every user task, an existing bean for every delegate expression, an existing decision for every decisionRef,
 * a reader for every form field, file names equal to keys, a history time to live.
 */
public final class ModelConventions {

  private static final Pattern DELEGATE = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path bpmnDir;
  private final Path dmnDir;
  private final Path formsDir;
  private final Predicate<String> beanExists;
  private final String code;
  private final List<String> violations = new ArrayList<>();

  /**
   * @param beanExists whether the application has a bean of that name
   * @param code the application's Java sources, where form fields may be read by name
   */
  public ModelConventions(Path bpmnDir, Path dmnDir, Path formsDir, Predicate<String> beanExists, String code) {
    this.bpmnDir = bpmnDir;
    this.dmnDir = dmnDir;
    this.formsDir = formsDir;
    this.beanExists = beanExists;
    this.code = code;
  }

  /** The Java sources under a directory, concatenated. */
  public static String sources(Path directory) {
    StringBuilder all = new StringBuilder();
    for (Path file : files(directory, ".java")) {
      all.append(read(file)).append('\n');
    }
    return all.toString();
  }

  public List<String> violations() {
    violations.clear();
    Map<String, Set<String>> formKeys = forms();
    Set<String> decisions = new HashSet<>();
    StringBuilder expressions = new StringBuilder();
    for (Path file : files(dmnDir, ".dmn")) {
      decisions.addAll(decisions(file, expressions));
    }
    for (Path file : files(bpmnDir, ".bpmn")) {
      bpmn(file, formKeys.keySet(), decisions, expressions);
    }
    String readers = expressions.toString();
    formKeys.forEach((form, keys) -> keys.stream()
        .filter(key -> !code.contains("\"" + key + "\"") && !Pattern.compile("\\b" + Pattern.quote(key) + "\\b")
            .matcher(readers).find())
        .forEach(key -> violations.add("forms/" + form + ".form: field '" + key + "' is read nowhere")));
    return List.copyOf(violations);
  }

  private void bpmn(Path file, Set<String> forms, Set<String> decisions, StringBuilder expressions) {
    String name = file.getFileName().toString();
    String xml = read(file);
    Matcher expression = EXPRESSION.matcher(xml);
    while (expression.find()) {
      expressions.append(expression.group(1)).append('\n');
    }
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
    Process process = model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
        .findFirst().orElse(null);
    if (process == null || !name.equals(process.getId() + ".bpmn")) {
      violations.add(name + ": no executable process whose id is the file name");
    } else if (process.getCamundaHistoryTimeToLiveString() == null) {
      violations.add(name + ": process has no camunda:historyTimeToLive");
    }
    if (model.getModelElementsByType(Lane.class).isEmpty()) {
      violations.add(name + ": no lanes");
    }
    for (Lane lane : model.getModelElementsByType(Lane.class)) {
      requireChineseName(name, lane);
      requireShape(name, lane, shapes);
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      requireShape(name, node, shapes);
      boolean unnamedGatewayAllowed = node instanceof Gateway && node.getOutgoing().size() <= 1
          || node instanceof Gateway && node.getIncoming().size() > 1
          || node instanceof org.camunda.bpm.model.bpmn.instance.ParallelGateway;
      if (!unnamedGatewayAllowed) {
        requireChineseName(name, node);
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        violations.add(name + ": sequence flow " + flow.getId() + " has no edge");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaAssignee())) {
        violations.add(name + ": user task " + task.getId() + " has no candidate group");
      }
      requireForm(name, task, task.getCamundaFormRef(), forms);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        requireForm(name, start, start.getCamundaFormRef(), forms);
      }
    }
    for (org.camunda.bpm.model.bpmn.instance.Activity activity :
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Activity.class)) {
      requireBean(name, activity.getId(),
          activity.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression"));
    }
    model.getModelElementsByType(CamundaTaskListener.class).forEach(listener ->
        requireBean(name, "task listener", listener.getCamundaDelegateExpression()));
    model.getModelElementsByType(CamundaExecutionListener.class).forEach(listener ->
        requireBean(name, "execution listener", listener.getCamundaDelegateExpression()));
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      if (task.getCamundaDecisionRef() != null && !decisions.contains(task.getCamundaDecisionRef())) {
        violations.add(name + ": " + task.getId() + " refers to decision '" + task.getCamundaDecisionRef()
            + "', which is not in dmn/");
      }
    }
  }

  private List<String> decisions(Path file, StringBuilder expressions) {
    String name = file.getFileName().toString();
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    List<String> ids = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      ids.add(decision.getId());
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        violations.add(name + ": decision " + decision.getId() + " has no camunda:historyTimeToLive");
      }
    }
    if (!ids.contains(name.replaceFirst("\\.dmn$", ""))) {
      violations.add(name + ": no decision whose id is the file name");
    }
    model.getModelElementsByType(InputExpression.class).forEach(input ->
        expressions.append(input.getText() == null ? "" : input.getText().getTextContent()).append('\n'));
    model.getModelElementsByType(Input.class).forEach(input ->
        expressions.append(input.getCamundaInputVariable() == null ? "" : input.getCamundaInputVariable()).append('\n'));
    return ids;
  }

  private Map<String, Set<String>> forms() {
    Map<String, Set<String>> forms = new HashMap<>();
    for (Path file : files(formsDir, ".form")) {
      try {
        JsonNode form = JSON.readTree(file.toFile());
        String id = form.path("id").asText();
        if (!file.getFileName().toString().equals(id + ".form")) {
          violations.add("forms/" + file.getFileName() + ": form id '" + id + "' is not the file name");
        }
        Set<String> keys = new HashSet<>();
        collectKeys(form.path("components"), keys);
        forms.put(id, keys);
      } catch (IOException e) {
        violations.add("forms/" + file.getFileName() + ": not JSON: " + e.getMessage());
      }
    }
    return forms;
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      if (component.hasNonNull("path") && "dynamiclist".equals(component.path("type").asText())) {
        keys.add(component.get("path").asText());
      } else {
        collectKeys(component.path("components"), keys);
      }
    }
  }

  private void requireShape(String file, BaseElement element, Set<String> shapes) {
    if (!shapes.contains(element.getId())) {
      violations.add(file + ": " + element.getId() + " has no shape");
    }
  }

  private void requireChineseName(String file, BaseElement element) {
    String name = element.getAttributeValue("name");
    if (name == null || !CJK.matcher(name).find()) {
      violations.add(file + ": " + element.getId() + " has no Chinese name");
    }
  }

  private void requireForm(String file, BaseElement element, String formRef, Set<String> forms) {
    if (formRef == null || !forms.contains(formRef)) {
      violations.add(file + ": " + element.getId() + " refers to form '" + formRef + "', which is not in forms/");
    }
  }

  private void requireBean(String file, String where, String delegateExpression) {
    if (delegateExpression == null) {
      return;
    }
    Matcher bean = DELEGATE.matcher(delegateExpression.trim());
    if (!bean.matches() || !beanExists.test(bean.group(1))) {
      violations.add(file + ": " + where + " delegates to " + delegateExpression + ", which names no bean");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static List<Path> files(Path directory, String suffix) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
