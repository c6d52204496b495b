package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Citations resolve in the repository: models, forms, code and docs cite the company's documents by the titles
 * that docs/sources.md lists, never by the number of a file outside the repository ("seed 001"); and the text a
 * clerk reads (form labels, descriptions, texts, option labels; element names of the models) carries no "§"
 * citation.
 */
class CitationTest {

  /** The five documents of docs/sources.md. */
  static final List<String> TITLES = List.of("《物业品质管理手册》", "《服务实现》", "《物业服务管理体系》",
      "《内部督导的主要内容》", "《物业公司品质管理部职责及管理目标》");

  /** "seed 001", "Seed 1", "seeds/001_…", "the seed's chart", "seed documents". */
  static final Pattern SEED_REFERENCE = Pattern.compile(
      "(?i)\\bseed(?:s|'s)?(?:\\s*(?:file\\s*)?(?:no\\.?\\s*)?\\d+|/|\\s+(?:chart|document|text|file)s?\\b)");

  /** A model never needs the word at all. */
  static final Pattern SEED_WORD = Pattern.compile("(?i)\\bseeds?\\b");

  static final Pattern DOCUMENTATION =
      Pattern.compile("<(?:bpmn:)?(?:documentation|description)>(.*?)</", Pattern.DOTALL);

  static final Pattern ELEMENT_NAME = Pattern.compile("\\sname=\"([^\"]*)\"");

  /** docs/sources.md explains the file numbers; applied migrations cannot change (Flyway checks their sums). */
  static final Set<String> MAY_NAME_FILE_NUMBERS = Set.of("docs/sources.md",
      "src/test/java/com/wuye/bpm/engine/CitationTest.java",
      "src/main/resources/db/migration/V2__complaint.sql", "src/main/resources/db/migration/V3__fee.sql",
      "src/main/resources/db/migration/V4__renovation.sql", "src/main/resources/db/migration/V5__security.sql",
      "src/main/resources/db/migration/V6__quality.sql",
      "src/main/resources/db/migration/V7__quality_documents.sql");

  static final Set<String> TEXT_FILES =
      Set.of("bpmn", "dmn", "form", "java", "md", "json", "sql", "yaml", "yml", "properties", "xml", "js", "html");

  @Test
  void noFileCitesTheDocumentsByTheirFileNumber() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : textFiles("bpmn", "dmn", "forms", "src", "docs", "element-templates", "README.md")) {
      String name = file.toString().replace('\\', '/');
      if (MAY_NAME_FILE_NUMBERS.contains(name)) {
        continue;
      }
      boolean model = name.startsWith("bpmn/") || name.startsWith("dmn/") || name.startsWith("forms/");
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher matcher = (model ? SEED_WORD : SEED_REFERENCE).matcher(lines.get(i));
        if (matcher.find()) {
          found.add(name + ":" + (i + 1) + ": " + matcher.group());
        }
      }
    }
    assertThat(found).as("cite the document's title and section (docs/sources.md)").isEmpty();
  }

  @Test
  void everyDocumentationThatCitesASectionNamesItsDocument() throws IOException {
    List<String> untitled = new ArrayList<>();
    for (Path model : textFiles("bpmn", "dmn")) {
      Matcher documentation = DOCUMENTATION.matcher(Files.readString(model));
      while (documentation.find()) {
        String text = documentation.group(1);
        if (text.contains("§") && TITLES.stream().noneMatch(text::contains)) {
          untitled.add(model.getFileName() + ": " + text);
        }
      }
    }
    assertThat(untitled).as("documentation citing § without a title of docs/sources.md").isEmpty();
  }

  @Test
  void noFormShowsACitation() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> found = new ArrayList<>();
    for (Path form : textFiles("forms")) {
      visibleTexts(json.readTree(form.toFile()), form.getFileName().toString(), found);
    }
    assertThat(found).as("form text a clerk reads").isEmpty();
  }

  @Test
  void noModelElementNameShowsACitation() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path model : textFiles("bpmn", "dmn")) {
      Matcher matcher = ELEMENT_NAME.matcher(Files.readString(model));
      while (matcher.find()) {
        if (matcher.group(1).contains("§")) {
          found.add(model.getFileName() + ": " + matcher.group(1));
        }
      }
    }
    assertThat(found).as("task and element names a clerk reads").isEmpty();
  }

  @Test
  void theChecksFindWhatTheyLookFor() throws IOException {
    assertThat(SEED_REFERENCE.matcher("业主投诉处理流程（seed 001 §5.4.3）").find()).isTrue();
    assertThat(SEED_REFERENCE.matcher("Seed 1 §5.2").find()).isTrue();
    assertThat(SEED_REFERENCE.matcher("see seeds/001_51da.txt").find()).isTrue();
    assertThat(SEED_REFERENCE.matcher("the stages of the seed's chart").find()).isTrue();
    assertThat(SEED_REFERENCE.matcher("new Random(seed)").find()).isFalse();
    assertThat(SEED_REFERENCE.matcher("《物业品质管理手册》§5.4.3 节点1").find()).isFalse();
    List<String> found = new ArrayList<>();
    visibleTexts(new ObjectMapper().readTree("""
        {"components": [{"type": "group", "components": [{"type": "radio", "key": "decision",
          "values": [{"label": "批准（§5.4.6 节点4）", "value": "approved"}]}]}]}"""), "example.form", found);
    assertThat(found).hasSize(1);
  }

  /** Labels, descriptions, texts, placeholders and option labels, in nested groups too. */
  static void visibleTexts(JsonNode node, String form, List<String> found) {
    if (node.isObject()) {
      for (String field : List.of("label", "description", "text", "placeholder", "title")) {
        String text = node.path(field).asText("");
        if (text.contains("§")) {
          found.add(form + " " + node.path("key").asText(node.path("id").asText("")) + " " + field + ": " + text);
        }
      }
    }
    for (JsonNode child : node) {
      visibleTexts(child, form, found);
    }
  }

  static List<Path> textFiles(String... roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : roots) {
      Path path = Path.of(root);
      if (!Files.exists(path)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(file -> !file.toString().replace('\\', '/').contains("node_modules"))
            .filter(file -> TEXT_FILES.contains(extension(file)))
            .forEach(files::add);
      }
    }
    return files;
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
