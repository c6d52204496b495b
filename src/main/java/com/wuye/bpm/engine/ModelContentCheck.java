package com.wuye.bpm.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.BeanFactory;

/**
 * Runs before the engine parses a deployment and refuses, for everyone, what would run code of the deployer's own
 * choosing on the server or in a clerk's browser: script tasks, scripts in listeners, input/output mappings and
 * conditions ({@code camunda:script}, {@code language=...}, {@code camunda:resource}), Java classes named in the model
 * ({@code camunda:class}: models name the application's beans through {@code delegateExpression} instead), DMN
 * expressions in a language other than JUEL or FEEL, and resources other than models and Camunda Forms (an HTML form
 * deployed with the model would run its scripts in the Tasklist of whoever opens the task). Expressions themselves
 * naming a Spring bean that is not offered to models, or a way out into Java, are refused here too, and whatever
 * this reading of the text cannot see is refused when evaluated ({@link ModelExpressions}). Nothing of a refused
 * deployment is stored.
 */
final class ModelContentCheck implements Deployer {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final List<String> RESOURCES = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");
  private static final Set<String> DMN_LANGUAGES = Set.of("juel", "feel", "feel-scala", "feel-juel");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([A-Za-z_][\\w$]*)");

  private final ModelExpressions.OfferedBeans offered;
  private final BeanFactory beans;

  ModelContentCheck(ModelExpressions.OfferedBeans offered, BeanFactory beans) {
    this.offered = offered;
    this.beans = beans;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    List<String> problems = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName().toLowerCase(Locale.ROOT);
      if (RESOURCES.stream().noneMatch(name::endsWith)) {
        problems.add(resource.getName() + ": 只能部署流程模型、决策表和表单 (only .bpmn, .dmn and .form resources)");
      } else if (!name.endsWith(".form")) {
        check(resource, problems, this::checkExpressions);
      }
    }
    if (!problems.isEmpty()) {
      // the engine's own exception for a model it cannot take: 400 from the REST API, as a parse error is
      throw new ParseException("模型含有不允许的内容 (the deployment runs code of its own): "
          + String.join("; ", problems), deployment.getName(), List.of(), List.of());
    }
  }

  private interface ExpressionCheck {
    void check(String where, String text, List<String> problems);
  }

  private static void check(ResourceEntity resource, List<String> problems, ExpressionCheck expressions) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(resource.getBytes()));
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          checkElement(resource.getName(), xml, problems);
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            expressions.check(resource.getName() + " <" + xml.getLocalName() + ">", xml.getAttributeValue(i), problems);
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          expressions.check(resource.getName(), xml.getText(), problems);
        }
      }
    } catch (XMLStreamException unreadable) {
      // not well-formed: the engine's own parser refuses it with its message
    }
  }

  private static void checkElement(String resource, XMLStreamReader xml, List<String> problems) {
    String element = xml.getLocalName();
    String where = resource + " <" + element + ">";
    if (element.equals("scriptTask") || (element.equals("script") && CAMUNDA_NS.equals(xml.getNamespaceURI()))) {
      problems.add(where + ": 不允许脚本 (scripts are not allowed)");
    }
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String attribute = xml.getAttributeLocalName(i);
      String value = xml.getAttributeValue(i);
      boolean camunda = CAMUNDA_NS.equals(xml.getAttributeNamespace(i));
      if (attribute.equals("language") || attribute.equals("scriptFormat")
          || (camunda && (attribute.equals("resource") || attribute.equals("class")))) {
        problems.add(where + " " + attribute + "=\"" + value + "\": 不允许脚本或 Java 类 (scripts and classes are "
            + "not allowed; use a delegate expression)");
      } else if ((attribute.equals("expressionLanguage") || attribute.equals("typeLanguage"))
          && !dmnLanguage(value)) {
        problems.add(where + " " + attribute + "=\"" + value + "\": 只能用 FEEL 或 JUEL (FEEL or JUEL only)");
      }
    }
  }

  /**
   * Refuses at deployment what {@link ModelExpressions} would refuse when evaluated and can be seen in the text: a
   * Spring bean that is not offered to models, a way out into Java ({@code .class}, {@code getClass()}, ...).
   */
  private void checkExpressions(String where, String text, List<String> problems) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      String body = expression.group(1);
      for (String name : ModelExpressions.WayOutGuard.NAMES) {
        if (Pattern.compile("\\.\\s*" + name + "\\b|['\"]" + name + "['\"]").matcher(body).find()) {
          problems.add(where + " " + expression.group() + ": 表达式不能访问 " + name + " (not offered to models)");
        }
      }
      Matcher identifier = IDENTIFIER.matcher(LITERAL.matcher(body).replaceAll("''"));
      while (identifier.find()) {
        String name = identifier.group(1);
        if (beans.containsBean(name) && !offered.containsKey(name)) {
          problems.add(where + " " + expression.group() + ": 表达式不能使用 " + name
              + " (a bean not offered to models)");
        }
      }
    }
  }

  private static boolean dmnLanguage(String value) {
    String language = value.trim().toLowerCase(Locale.ROOT);
    return DMN_LANGUAGES.contains(language) || (language.contains("omg.org/spec/") && language.contains("feel"));
  }
}
