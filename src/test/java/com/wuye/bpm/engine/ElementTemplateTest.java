package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * element-templates/wuye-bpm.json offers the Modeler one template per service task the project has: each
 * binds a delegate bean that exists, and every service task of bpmn/ has its template.
 */
class ElementTemplateTest extends SpringIntegrationTest {

  private static final Pattern SERVICE_TASK_DELEGATE =
      Pattern.compile("<bpmn:(?:serviceTask|sendTask)[^>]*camunda:delegateExpression=\"(\\$\\{\\w+})\"");

  @Autowired ApplicationContext context;

  @Test
  void everyTemplateBindsAnExistingBeanAndEveryServiceTaskHasATemplate() throws IOException {
    JsonNode templates = new ObjectMapper().readTree(Path.of("element-templates/wuye-bpm.json").toFile());
    Set<String> offered = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode template : templates) {
      assertThat(template.path("name").asText()).as("template name").matches(".*\\p{IsHan}.*");
      assertThat(ids.add(template.path("id").asText())).as("unique id %s", template.path("id")).isTrue();
      assertThat(template.path("appliesTo").toString()).contains("bpmn:ServiceTask");
      for (JsonNode property : template.path("properties")) {
        if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
          String expression = property.path("value").asText();
          offered.add(expression);
          assertThat(context.containsBean(expression.substring(2, expression.length() - 1)))
              .as("bean of %s", expression).isTrue();
        }
      }
    }
    Set<String> used = new HashSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.toList()) {
        Matcher matcher = SERVICE_TASK_DELEGATE.matcher(Files.readString(model));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(offered).containsAll(used);
  }
}
