package com.wuye.bpm;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between the packages of wuye-bpm. A feature package ({@code complaint}, {@code fee}, …) uses its
 * own classes and the shared modules, never another feature's classes or tables; the shared modules use no
 * feature; estates, units and households are used through the interfaces of {@code estate}; the engine's internal
 * API ({@code org.camunda.bpm.engine.impl}) is used only in {@code engine}, each class of it listed with its
 * reason in engine/package-info.java. Reporting modules ({@code kpi}) read every feature's records and are used by
 * none.
 */
class BoundariesTest {

  static final String BASE = "com.wuye.bpm";

  /** Modules every feature may use. */
  static final Set<String> SHARED = Set.of("api", "engine", "notice", "numbering", "casefile", "estate");

  static final String ENGINE_INTERNALS = "org.camunda.bpm.engine.impl";

  /**
   * Owners of tables whose migration does not name them (V1__foundation) or that moved to a module of their own
   * after their migration ran (the estate's tables came with V3__fee). Every other table belongs to the module
   * its migration is named after: V4__renovation.sql → renovation.
   */
  static final Map<String, String> TABLE_OWNERS = Map.of(
      "engine_setup_lock", "engine",
      "document_number", "numbering",
      "notice", "notice",
      "estate", "estate",
      "building", "estate",
      "unit", "estate",
      "household", "estate",
      "owner_callback", "service");

  /**
   * Reporting modules: they read the figures of every feature (its tables, its public enums) and write nothing,
   * so they are exempt from the feature boundaries; nothing may use them.
   */
  static final Set<String> REPORTING = Set.of("kpi");

  /**
   * Reads of another module's tables that a flow's documents ask for, read-only: owner callbacks are planned from
   * how often problems recur in the complaint records (《物业品质管理手册》§5.4.8).
   */
  static final Map<String, Set<String>> DOCUMENTED_READS = Map.of("service", Set.of("complaint"));

  /** Migration names whose first word is not the module. */
  static final Map<String, String> MIGRATION_MODULES = Map.of("case", "casefile");

  static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
  static final Pattern MIGRATION_NAME = Pattern.compile("V[0-9_.]+__([a-z]+).*\\.sql");
  static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
  static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  static final Pattern TABLE_IN_SQL = Pattern.compile(
      "(?i)\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)");

  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(BASE);
  }

  @Test
  void aFeatureUsesOnlyItselfAndTheSharedModules() {
    assertThat(moduleDependencies((from, to) -> from != null && !SHARED.contains(from) && !REPORTING.contains(from)
        && to != null && !to.equals(from) && !SHARED.contains(to)))
        .as("a feature reaching into another feature's package").isEmpty();
  }

  @Test
  void aSharedModuleUsesNoFeature() {
    assertThat(moduleDependencies((from, to) -> from != null && SHARED.contains(from)
        && to != null && !SHARED.contains(to)))
        .as("a shared module using a feature").isEmpty();
  }

  @Test
  void othersUseTheEstateThroughItsInterfaces() {
    assertThat(dependencies((origin, target) -> !"estate".equals(module(origin)) && "estate".equals(module(target))
        && !target.isInterface() && !target.isRecord()))
        .as("estate used other than through its interfaces and their records").isEmpty();
  }

  @Test
  void onlyTheEngineModuleUsesTheEnginesInternalApi() {
    assertThat(dependencies((origin, target) -> !"engine".equals(module(origin))
        && target.getPackageName().startsWith(ENGINE_INTERNALS)))
        .as("org.camunda.bpm.engine.impl outside engine/").isEmpty();
  }

  @Test
  void everyInternalClassTheEngineModuleUsesIsListedWithItsReason() throws IOException {
    String listing = Files.readString(Path.of("src/main/java/com/wuye/bpm/engine/package-info.java"));
    Set<String> unlisted = new TreeSet<>();
    for (JavaClass origin : classes) {
      if (!"engine".equals(module(origin))) {
        continue;
      }
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        JavaClass target = topLevel(dependency.getTargetClass().getBaseComponentType());
        if (target.getPackageName().startsWith(ENGINE_INTERNALS) && !listing.contains(target.getName())) {
          unlisted.add(target.getName() + " (used by " + topLevel(origin).getSimpleName() + ")");
        }
      }
    }
    assertThat(unlisted).as("internal engine classes missing from engine/package-info.java").isEmpty();
  }

  @Test
  void noModulesSqlNamesAnotherModulesTables() throws IOException {
    Map<String, String> owners = tableOwners();
    List<String> violations = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java/com/wuye/bpm"))) {
      for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
        String module = moduleOf(source);
        if (module == null || REPORTING.contains(module)) {
          continue;
        }
        for (String table : tablesNamedIn(Files.readString(source))) {
          String owner = owners.get(table);
          if (owner != null && !owner.equals(module)
              && !DOCUMENTED_READS.getOrDefault(module, Set.of()).contains(table)) {
            violations.add(source.getFileName() + " (" + module + ") names " + table + " of " + owner);
          }
        }
      }
    }
    assertThat(violations).as("SQL naming another module's table: ask its module instead").isEmpty();
  }

  @Test
  void everyTableHasAnOwner() throws IOException {
    assertThat(tableOwners()).isNotEmpty().allSatisfy((table, owner) ->
        assertThat(Files.isDirectory(Path.of("src/main/java/com/wuye/bpm", owner)))
            .as("owner %s of table %s is a package", owner, table).isTrue());
  }

  @Test
  void theSqlScanFindsTablesInStringsAndTextBlocksOnly() {
    String source = """
        /** Reads the units (from unit u) of the estate. */
        class Example {
          String one = "select id from unit where code = ?";
          String two = \"""
              select h.owner_name from household h
              join estate e on e.id = h.estate_id\""";
          // update fee_bill set paid = 0
          String three = "insert into notice (kind) values (?)";
        }
        """;
    assertThat(tablesNamedIn(source)).containsExactlyInAnyOrder("unit", "household", "estate", "notice");
  }

  /** The dependencies of main classes between two modules that {@code forbidden} refuses. */
  static List<String> moduleDependencies(BiPredicate<String, String> forbidden) {
    return dependencies((origin, target) -> forbidden.test(module(origin), module(target)));
  }

  /** The dependencies of main classes from one class to another that {@code forbidden} refuses. */
  static List<String> dependencies(Forbidden forbidden) {
    List<String> found = new ArrayList<>();
    for (JavaClass origin : classes) {
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        if (forbidden.test(origin, dependency.getTargetClass().getBaseComponentType())) {
          found.add(dependency.getDescription());
        }
      }
    }
    return found;
  }

  interface Forbidden {
    boolean test(JavaClass origin, JavaClass target);
  }

  /** Each table of the migrations with the module that owns it. */
  static Map<String, String> tableOwners() throws IOException {
    Map<String, String> owners = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path migration : migrations.sorted().toList()) {
        Matcher name = MIGRATION_NAME.matcher(migration.getFileName().toString());
        String module = name.matches() ? MIGRATION_MODULES.getOrDefault(name.group(1), name.group(1)) : null;
        Matcher create = CREATE_TABLE.matcher(Files.readString(migration));
        while (create.find()) {
          String table = create.group(1).toLowerCase();
          String owner = TABLE_OWNERS.getOrDefault(table, module);
          if (owner == null || !Files.isDirectory(Path.of("src/main/java/com/wuye/bpm", owner))) {
            unknown.add(table + " (" + migration.getFileName() + ")");
          } else {
            owners.put(table, owner);
          }
        }
      }
    }
    assertThat(unknown).as("tables whose owner is not known: name the migration after its module's package, "
        + "or add the table to BoundariesTest.TABLE_OWNERS").isEmpty();
    return owners;
  }

  /** The table names in a Java source's string literals and text blocks (comments do not count). */
  static Set<String> tablesNamedIn(String source) {
    Set<String> tables = new TreeSet<>();
    StringBuilder rest = new StringBuilder();
    Matcher block = TEXT_BLOCK.matcher(source);
    int end = 0;
    while (block.find()) {
      addTables(block.group(1), tables);
      rest.append(source, end, block.start());
      end = block.end();
    }
    rest.append(source.substring(end));
    Matcher string = STRING.matcher(withoutComments(rest.toString()));
    while (string.find()) {
      addTables(string.group(1), tables);
    }
    return tables;
  }

  private static void addTables(String sql, Set<String> tables) {
    Matcher table = TABLE_IN_SQL.matcher(sql);
    while (table.find()) {
      tables.add(table.group(1).toLowerCase());
    }
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  /** The module of a class: the package below com.wuye.bpm; null for the application class and outside. */
  static String module(JavaClass type) {
    String name = type.getBaseComponentType().getPackageName();
    if (!name.startsWith(BASE + ".")) {
      return null;
    }
    String rest = name.substring(BASE.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static JavaClass topLevel(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }

  private static String moduleOf(Path source) {
    Path relative = Path.of("src/main/java/com/wuye/bpm").relativize(source);
    return relative.getNameCount() < 2 ? null : relative.getName(0).toString();
  }
}
