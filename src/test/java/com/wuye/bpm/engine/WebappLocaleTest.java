package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps (Tasklist, Cockpit, Admin and the Welcome page) speak Simplified Chinese:
 * our {@code zh.json} next to the webjar's {@code en.json}, and our {@code config.js} offering
 * {@code zh}. The webapps cut the browser language to two letters, so the file must be
 * {@code zh.json}; a key missing from it silently falls back to English.
 *
 * <p>Both files live in {@code src/main/resources/META-INF/resources/webjars/camunda/app/<app>/},
 * the same classpath path as the webjar's own files: {@code en.json} exists only in the webjar,
 * {@code zh.json} only in ours, {@code config.js} in both (ours must win, so it is read from the
 * classpath entry that is not the webjar).
 */
class WebappLocaleTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

  /** The 7.24 end-of-life banner: left empty on purpose, staff need not read it. */
  private static final Set<String> MAY_BE_EMPTY = Set.of("labels.BANNER_CE_EOL_TEXT");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|\\{}|%[sd]");
  private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|br|strong|b|i|em|code|span|p|div)\\b[^>]*>");

  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasAChineseValue(String app) throws IOException {
    JsonNode en = read(resource(app, "locales/en.json", true));
    JsonNode zh = read(resource(app, "locales/zh.json", false));

    Map<String, JsonNode> enLeaves = leaves(en);
    Map<String, JsonNode> zhLeaves = leaves(zh);
    assertThat(enLeaves).as("%s en.json has keys", app).isNotEmpty();
    assertThat(zhLeaves.keySet())
        .as("%s zh.json has exactly the keys (and nesting) of en.json", app)
        .containsExactlyInAnyOrderElementsOf(enLeaves.keySet());

    List<String> problems = new ArrayList<>();
    enLeaves.forEach((path, enValue) -> {
      JsonNode zhValue = zhLeaves.get(path);
      if (!enValue.isTextual()) {
        if (!enValue.equals(zhValue)) {
          problems.add(path + ": expected " + enValue + " like en.json, got " + zhValue);
        }
        return;
      }
      if (!zhValue.isTextual()) {
        problems.add(path + ": not a string");
        return;
      }
      String english = enValue.asText();
      String chinese = zhValue.asText();
      if (chinese.isBlank()) {
        if (!english.isBlank() && !MAY_BE_EMPTY.contains(path)) {
          problems.add(path + ": no Chinese text for \"" + english + "\"");
        }
        return;
      }
      if (!tokens(PLACEHOLDER, english).equals(tokens(PLACEHOLDER, chinese))) {
        problems.add(path + ": placeholders " + tokens(PLACEHOLDER, english) + " became " + tokens(PLACEHOLDER, chinese));
      }
      if (!tokens(HTML_TAG, english).equals(tokens(HTML_TAG, chinese)) && !MAY_BE_EMPTY.contains(path)) {
        problems.add(path + ": HTML " + tokens(HTML_TAG, english) + " became " + tokens(HTML_TAG, chinese));
      }
    });
    assertThat(problems).as("%s zh.json problems", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersChineseAndFallsBackToChinese(String app) throws IOException {
    String config;
    try (InputStream in = resource(app, "scripts/config.js", false).openStream()) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String code = config.lines()
        .filter(line -> !line.strip().startsWith("//"))
        .collect(Collectors.joining("\n"));

    Matcher available = Pattern.compile("availableLocales['\"]?\\s*:\\s*\\[([^]]*)]").matcher(code);
    assertThat(available.find()).as("%s config.js sets locales.availableLocales", app).isTrue();
    assertThat(available.group(1)).contains("'zh'").contains("'en'");

    Matcher fallback = Pattern.compile("fallbackLocale['\"]?\\s*:\\s*['\"](\\w+)['\"]").matcher(code);
    assertThat(fallback.find()).as("%s config.js sets locales.fallbackLocale", app).isTrue();
    // an English fallback's en.json, loaded too, reset moment's locale: English relative times
    assertThat(fallback.group(1)).isEqualTo("zh");
  }

  /**
   * The copy of {@code <app>/<file>} in the webjar ({@code fromWebjar}) or the project's own copy
   * (any classpath entry but the webjar).
   */
  private static URL resource(String app, String file, boolean fromWebjar) throws IOException {
    String name = APP_ROOT + app + "/" + file;
    List<URL> all = Collections.list(WebappLocaleTest.class.getClassLoader().getResources(name));
    return all.stream()
        .filter(url -> isWebjar(url) == fromWebjar)
        .findFirst()
        .orElseThrow(() -> new AssertionError(
            "no " + (fromWebjar ? "webjar" : "project") + " copy of /" + name + " on the classpath; found " + all));
  }

  private static boolean isWebjar(URL url) {
    return "jar".equals(url.getProtocol()) && url.getPath().contains("camunda-webapp-webjar");
  }

  private JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return mapper.readTree(in);
    }
  }

  /** Leaf values by path, e.g. {@code labels.ADD} or {@code dateLocales.months[0]}. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, Map<String, JsonNode> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    } else {
      out.put(path, node);
    }
  }

  private static Set<String> tokens(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.groupCount() > 0 && m.group(1) != null ? "{{" + m.group(1) + "}}" : m.group());
    }
    return found;
  }
}
