package com.wuye.bpm.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wuye.bpm.engine.WuyeProperties;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.io.IOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 20, point 10: every {@code /api} endpoint (found in Spring MVC's handler mappings) and every start form
 * (forms/ referenced by a start event of bpmn/, submitted through the engine's REST API as a user of the start's
 * group) is sent what careless and hostile clients send: wrong types, missing and null fields, overlong text,
 * control characters, duplicate keys, huge bodies, unknown ids. Every answer is 4xx as problem+json, and no table
 * of the application or the engine's history has a row more or less afterwards.
 */
class ApiSweepTest extends SpringIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern START_FORM = Pattern.compile(
      "<bpmn:process id=\"([^\"]+)\"[^>]*?camunda:candidateStarterGroups=\"([^\"]+)\"|"
          + "<bpmn:startEvent id=\"[^\"]+\"[^>]*?camunda:formRef=\"([^\"]+)\"");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired WuyeProperties wuye;
  @Autowired RequestMappingHandlerMapping mappings;

  /** One request of the sweep: what it is, and the request. */
  private record Probe(String name, HttpMethod method, String path, String user, String body) {}

  @TestFactory
  Stream<DynamicTest> everyApiEndpointRefusesBadInputWithoutWriting() {
    List<Probe> probes = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      for (String pattern : patterns(info)) {
        if (pattern.startsWith("/api/")) {
          for (HttpMethod method : methods(info)) {
            probes.addAll(apiProbes(method, pattern, handler));
          }
        }
      }
    });
    assertThat(probes).extracting(Probe::path).anyMatch(path -> path.startsWith("/api/complaints"));
    return probes.stream().map(probe -> DynamicTest.dynamicTest(probe.name(), () -> send(probe)));
  }

  @TestFactory
  Stream<DynamicTest> everyStartFormRefusesBadInputWithoutWriting() throws IOException {
    List<Probe> probes = new ArrayList<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.sorted().toList()) {
        String process = null;
        String user = null;
        Matcher matcher = START_FORM.matcher(Files.readString(model));
        while (matcher.find()) {
          if (matcher.group(1) != null) {
            process = matcher.group(1);
            user = userOf(matcher.group(2).split(",")[0]);
          } else if (process != null) {
            probes.addAll(startFormProbes(process, user, Path.of("forms", matcher.group(3) + ".form")));
          }
        }
      }
    }
    assertThat(probes).extracting(Probe::path).anyMatch(path -> path.contains("/lost-and-found/"));
    return probes.stream().map(probe -> DynamicTest.dynamicTest(probe.name(), () -> send(probe)));
  }

  private List<Probe> apiProbes(HttpMethod method, String pattern, HandlerMethod handler) {
    List<Probe> probes = new ArrayList<>();
    String known = pattern.replaceAll("\\{[^}]+}", "NO-SUCH-2026-000001");
    String label = method + " " + pattern + ": ";
    if (pattern.contains("{")) {
      probes.add(new Probe(label + "unknown id", method, known, "demo", method == HttpMethod.GET ? null : "{}"));
      probes.add(new Probe(label + "overlong id", method, pattern.replaceAll("\\{[^}]+}", "X".repeat(300)), "demo",
          method == HttpMethod.GET ? null : "{}"));
      probes.add(new Probe(label + "control character in id", method,
          pattern.replaceAll("\\{[^}]+}", "TS-2026-000001%1B"), "demo", method == HttpMethod.GET ? null : "{}"));
    }
    Class<?> bodyType = bodyType(handler);
    if (bodyType == null) {
      return probes;
    }
    ObjectNode base = plausible(bodyType);
    probes.add(new Probe(label + "no body", method, known, "demo", ""));
    probes.add(new Probe(label + "null body", method, known, "demo", "null"));
    probes.add(new Probe(label + "empty object", method, known, "demo", "{}"));
    probes.add(new Probe(label + "array instead of object", method, known, "demo", "[" + base + "]"));
    probes.add(new Probe(label + "not JSON", method, known, "demo", "{" + base));
    probes.add(new Probe(label + "trailing data", method, known, "demo", base + "{}"));
    probes.add(new Probe(label + "huge body", method, known, "demo",
        base.deepCopy().put("huge", "x".repeat(2_000_000)).toString()));
    for (String field : fieldNames(base)) {
      probes.addAll(fieldProbes(label, method, known, "demo", base, field, base.get(field)));
    }
    return probes;
  }

  private List<Probe> startFormProbes(String process, String user, Path form) throws IOException {
    JsonNode components = JSON.readTree(form.toFile()).path("components");
    ObjectNode base = JSON.createObjectNode();
    List<String> required = new ArrayList<>();
    collectFields(components, base, required);
    String path = "/engine-rest/process-definition/key/" + process + "/submit-form";
    String label = process + " start form: ";
    List<Probe> probes = new ArrayList<>();
    if (!required.isEmpty()) { // a form without required fields (owner-callback plans from records) may be empty
      probes.add(new Probe(label + "no variables", HttpMethod.POST, path, user, "{\"variables\":{}}"));
    }
    probes.add(new Probe(label + "not JSON", HttpMethod.POST, path, user, "{\"variables\":"));
    probes.add(new Probe(label + "trailing data", HttpMethod.POST, path, user, variables(base) + "{}"));
    for (String field : fieldNames(base)) {
      for (Probe probe : fieldProbes(label, HttpMethod.POST, path, user, base, field, base.get(field))) {
        if ((probe.name().endsWith(" missing") || probe.name().endsWith(" null")) && !required.contains(field)) {
          continue; // an optional field may be left out
        }
        probes.add(new Probe(probe.name(), probe.method(), probe.path(), probe.user(),
            probe.body().startsWith("{") ? variables(probe.body()) : probe.body()));
      }
    }
    return probes;
  }

  /** The mutations of one field of an otherwise plausible body. */
  private static List<Probe> fieldProbes(String label, HttpMethod method, String path, String user, ObjectNode base,
      String field, JsonNode plausible) {
    List<Probe> probes = new ArrayList<>();
    String prefix = label + field + " ";
    probes.add(new Probe(prefix + "missing", method, path, user, without(base, field).toString()));
    probes.add(new Probe(prefix + "null", method, path, user, base.deepCopy().putNull(field).toString()));
    if (plausible.isTextual()) {
      probes.add(new Probe(prefix + "as number", method, path, user, base.deepCopy().put(field, 12345).toString()));
      probes.add(new Probe(prefix + "overlong", method, path, user,
          base.deepCopy().put(field, "长".repeat(5_000)).toString()));
      probes.add(new Probe(prefix + "with NUL", method, path, user,
          base.deepCopy().put(field, plausible.asText() + "\u0000").toString()));
      probes.add(new Probe(prefix + "with escape sequence", method, path, user,
          base.deepCopy().put(field, "\u001b[2J" + plausible.asText()).toString()));
    } else {
      probes.add(new Probe(prefix + "as text", method, path, user, base.deepCopy().put(field, "abc").toString()));
      probes.add(new Probe(prefix + "as object", method, path, user,
          base.deepCopy().set(field, JSON.createObjectNode().put("a", 1)).toString()));
    }
    String text = base.toString();
    probes.add(new Probe(prefix + "twice", method, path, user, text.substring(0, text.length() - 1)
        + (base.size() > 0 ? "," : "") + "\"" + field + "\":" + plausible + "}"));
    return probes;
  }

  private void send(Probe probe) {
    Map<String, Long> before = rowCounts();
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(probe.user(), "demo");
    headers.setAccept(List.of(MediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON));
    if (probe.body() != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    RequestEntity<String> request = new RequestEntity<>(probe.body(), headers, probe.method(),
        URI.create(rest.getRootUri() + probe.path()));
    ResponseEntity<String> response = rest.exchange(request, String.class);

    assertThat(response.getStatusCode().is4xxClientError()).as("%s -> %s %s", probe.name(),
        response.getStatusCode(), response.getBody()).isTrue();
    if (response.getHeaders().getContentType() != null && response.getHeaders().getContentType().isCompatibleWith(
        MediaType.TEXT_HTML)) {
      // Tomcat's own refusal of a control character in the path, before any filter
      assertThat(response.getStatusCode().value()).isEqualTo(400);
    } else {
      assertThat(response.getHeaders().getContentType()).as(probe.name()).isNotNull();
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .as("%s: %s", probe.name(), response.getHeaders().getContentType()).isTrue();
    }
    assertThat(rowCounts()).as(probe.name()).isEqualTo(before);
  }

  /** Rows of every table of the application and of the engine's runtime and history. */
  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : jdbc.queryForList("""
        select table_name from information_schema.tables
        where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')
          and (lower(table_name) not like 'act\\_%' escape '\\' or lower(table_name) in
            ('act_ru_execution', 'act_ru_task', 'act_ru_variable', 'act_ru_job', 'act_hi_procinst', 'act_hi_varinst',
             'act_re_deployment'))""", String.class)) {
      counts.put(table.toLowerCase(), jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
    }
    return counts;
  }

  private String userOf(String group) {
    return wuye.demo().users().stream().filter(user -> user.groups().contains(group)).findFirst()
        .map(WuyeProperties.DemoUser::id).orElse("demo");
  }

  private static String variables(Object body) {
    try {
      JsonNode fields = body instanceof String text ? JSON.readTree(text) : (JsonNode) body;
      ObjectNode variables = JSON.createObjectNode();
      fields.fields().forEachRemaining(field -> variables.set(field.getKey(),
          JSON.createObjectNode().set("value", field.getValue())));
      String duplicate = body instanceof String text && text.contains("\",\"") ? duplicateOf(text) : null;
      String wrapped = JSON.createObjectNode().set("variables", variables).toString();
      return duplicate == null ? wrapped : wrapped.substring(0, wrapped.length() - 2) + "," + duplicate + "}}";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A body with a key twice keeps it twice when wrapped as variables. */
  private static String duplicateOf(String text) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    Matcher key = Pattern.compile("\"([A-Za-z0-9]+)\":").matcher(text);
    while (key.find()) {
      if (seen.merge(key.group(1), 1, Integer::sum) == 2) {
        return "\"" + key.group(1) + "\":{\"value\":\"x\"}";
      }
    }
    return null;
  }

  private static void collectFields(JsonNode components, ObjectNode fields, List<String> required) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      String type = component.path("type").asText();
      if (key != null && !key.isBlank() && component.path("validate").path("required").asBoolean()
          && component.path("conditional").isMissingNode()) {
        required.add(key);
      }
      if (key != null && !key.isBlank()) {
        switch (type) {
          case "checkbox" -> fields.put(key, true);
          case "number" -> fields.put(key, 1);
          case "checklist", "taglist" -> fields.putArray(key);
          case "datetime" -> fields.put(key, "2026-12-08");
          default -> fields.put(key, component.path("values").path(0).path("value").asText("测试"));
        }
      }
      collectFields(component.path("components"), fields, required);
    }
  }

  private static ObjectNode plausible(Class<?> type) {
    ObjectNode body = JSON.createObjectNode();
    if (!type.isRecord()) {
      return body;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Class<?> field = component.getType();
      if (field == String.class) {
        body.put(component.getName(), "测试");
      } else if (field == boolean.class || field == Boolean.class) {
        body.put(component.getName(), false);
      } else if (Number.class.isAssignableFrom(field) || field.isPrimitive()) {
        body.put(component.getName(), 1);
      } else if (Collection.class.isAssignableFrom(field)) {
        body.putArray(component.getName());
      } else if (Temporal.class.isAssignableFrom(field)) {
        body.put(component.getName(), "2026-12-08");
      } else {
        body.putObject(component.getName());
      }
    }
    return body;
  }

  private static Class<?> bodyType(HandlerMethod handler) {
    for (Parameter parameter : handler.getMethod().getParameters()) {
      if (parameter.isAnnotationPresent(RequestBody.class)) {
        return parameter.getType();
      }
    }
    return null;
  }

  private static List<String> fieldNames(ObjectNode body) {
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static ObjectNode without(ObjectNode body, String field) {
    ObjectNode copy = body.deepCopy();
    copy.remove(field);
    return copy;
  }

  private static List<String> patterns(RequestMappingInfo info) {
    return info.getPathPatternsCondition() == null ? List.copyOf(info.getPatternValues())
        : info.getPathPatternsCondition().getPatternValues().stream().toList();
  }

  private static List<HttpMethod> methods(RequestMappingInfo info) {
    return info.getMethodsCondition().getMethods().stream().map(method -> HttpMethod.valueOf(method.name())).toList();
  }
}
