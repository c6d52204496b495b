package com.wuye.bpm.fee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the household-arrears forms show people (《物业品质管理手册》§5.4.10 节点5–6): services as Chinese choices,
 * not codes, and the general manager's approval as an explicit 批准 / 驳回 choice with no default.
 */
class SuspensionFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"apply-suspension", "approve-suspension", "suspend-services", "restore-services"})
  void showsServicesAsChineseChoices(String form) throws IOException {
    JsonNode services = component(form, HouseholdArrearsProcess.Var.SERVICES);

    assertThat(services.path("type").asText()).isEqualTo("checklist");
    assertThat(services.path("readonly").asBoolean()).isTrue();
    assertThat(StreamSupport.stream(services.path("values").spliterator(), false)
        .map(v -> v.path("value").asText() + "=" + v.path("label").asText()))
        .containsExactlyElementsOf(Arrays.stream(SuspendableService.values())
            .map(s -> s.code() + "=" + s.chineseName()).toList())
        .contains("air-conditioning=空调", "power=供电");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"apply-suspension", "approve-suspension", "arrange-payment"})
  void listsEveryMonthOwedInATable(String form) throws IOException {
    JsonNode table = StreamSupport.stream(components(form).spliterator(), false)
        .filter(c -> c.path("type").asText().equals("table")).findFirst().orElseThrow();

    assertThat(table.path("dataSource").asText()).isEqualTo("=" + HouseholdArrearsProcess.Var.OWED_MONTHS);
    assertThat(table.path("columns").findValuesAsText("label")).contains("账期", "账单号", "欠费（元）");
  }

  @org.junit.jupiter.api.Test
  void asksTheGeneralManagerToChooseApproveOrRejectWithNoDefault() throws IOException {
    JsonNode decision = component("approve-suspension", HouseholdArrearsProcess.Var.SUSPENSION_DECISION);

    assertThat(decision.path("type").asText()).isEqualTo("radio");
    assertThat(decision.has("defaultValue")).isFalse();
    assertThat(decision.path("validate").path("required").asBoolean()).isTrue();
    assertThat(decision.path("values").findValuesAsText("label")).containsExactly("批准", "驳回");
    assertThat(decision.path("values").findValuesAsText("value"))
        .containsExactly(HouseholdArrearsProcess.Var.APPROVED, HouseholdArrearsProcess.Var.REJECTED);
  }

  private static JsonNode component(String form, String key) throws IOException {
    return StreamSupport.stream(components(form).spliterator(), false)
        .filter(c -> c.path("key").asText().equals(key)).findFirst().orElseThrow();
  }

  private static JsonNode components(String form) throws IOException {
    return JSON.readTree(Path.of("forms", form + ".form").toFile()).path("components");
  }
}
