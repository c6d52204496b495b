package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerOccupancyProcess.Element.*;
import static com.wuye.bpm.service.OwnerOccupancyProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.support.ApiClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** owner-occupancy with its real delegates: from the front desk to the record, the case file and the notice. */
class OwnerOccupancyIntegrationTest extends ServiceFlowTest {

  private Staff engineer;

  @BeforeEach
  void staff() {
    engineer = new Staff(processEngine, "gongcheng", "engineering");
  }

  @Test
  void movesInAfterTheDefectsAreRectifiedAndKeepsEveryStep() {
    String number = api.start("/api/occupancies", OccupancyFixtures.report());
    assertThat(number).matches("RH-\\d{4}-\\d{6}");
    String instance = api.instanceOf(number);

    kefu.complete(instance, CHECK_OCCUPANCY_DOCUMENTS, OccupancyFixtures.documents("complete"));
    kefu.complete(instance, INTRODUCE_SERVICES, OccupancyFixtures.introduction());
    engineer.complete(instance, INSPECT_HOUSE, OccupancyFixtures.inspection("defects"));
    engineer.complete(instance, RECTIFY_HOUSE_DEFECTS, OccupancyFixtures.rectification());
    engineer.complete(instance, INSPECT_HOUSE, OccupancyFixtures.inspection("accepted"));
    kefu.complete(instance, HAND_OVER_KEYS, OccupancyFixtures.keys());
    kefu.complete(instance, ARRANGE_UTILITIES, OccupancyFixtures.utilities());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    Map<String, Object> row = jdbc.queryForMap("select * from occupancy where number = ?", number);
    assertThat(row).containsEntry("STATUS", "MOVED_IN").containsEntry("UNIT_CODE", OccupancyFixtures.UNIT)
        .containsEntry("INSPECTION_COUNT", 2).containsEntry("KEY_COUNT", 3)
        .containsEntry("SERVICES_INTRODUCED", "user-manual,fees,repair")
        .containsEntry("UTILITIES_ARRANGED", "water,power,gas").containsEntry("DECORATION_ADVICE", true)
        .containsEntry("RECEIVED_BY", "kefu").containsEntry("SALES_ASSISTANT", "房产公司小王");
    assertThat(row.get("ACCEPTED_AT")).isNotNull();
    assertThat(row.get("COMPLETED_AT")).isNotNull();
    assertThat(jdbc.queryForList("select step from case_step where business_key = ? order by id", String.class,
        number)).containsExactly(CHECK_OCCUPANCY_DOCUMENTS, INTRODUCE_SERVICES, INSPECT_HOUSE, RECTIFY_HOUSE_DEFECTS,
        INSPECT_HOUSE, HAND_OVER_KEYS, ARRANGE_UTILITIES);
    assertThat(jdbc.queryForList("select kind from notice where reference = ?", String.class, number))
        .containsExactly("occupancy-completed");
    ResponseEntity<Map> shown = ApiClient.as(rest, "jingli").get("/api/occupancies/" + number);
    assertThat(shown.getBody()).containsEntry("statusName", "已入住").containsEntry("status", "MOVED_IN");
  }

  @Test
  void postponesWithTheReasonWhenTheDocumentsAreIncomplete() {
    String number = api.start("/api/occupancies", OccupancyFixtures.report());
    kefu.complete(api.instanceOf(number), CHECK_OCCUPANCY_DOCUMENTS, Map.of(Var.DOCUMENTS_RESULT, "incomplete",
        Var.DOCUMENTS_NOTE, "缺购房合同"));

    assertThat(jdbc.queryForMap("select status, postponed_reason from occupancy where number = ?", number))
        .containsEntry("STATUS", "POSTPONED").containsEntry("POSTPONED_REASON", "缺购房合同");
  }

  @Test
  void refusesAnIntroductionWithoutTheUserManualAndAnUnknownChoice() {
    String number = api.start("/api/occupancies", OccupancyFixtures.report());
    String instance = api.instanceOf(number);
    kefu.complete(instance, CHECK_OCCUPANCY_DOCUMENTS, OccupancyFixtures.documents("complete"));

    assertThatThrownBy(() -> kefu.complete(instance, INTRODUCE_SERVICES,
        Map.of(Var.SERVICES_INTRODUCED, List.of("fees", "karaoke"))))
        .hasRootCauseInstanceOf(BadInputException.class).rootCause().hasMessageContaining("《用户手册》")
        .hasMessageContaining("karaoke");
    assertThat(jdbc.queryForObject("select status from occupancy where number = ?", String.class, number))
        .isEqualTo("DOCUMENTS_CHECKED");
  }

  @Test
  void refusesBadFieldsAndAnUnknownUnitAndWritesNothing() {
    int before = jdbc.queryForObject("select count(*) from occupancy", Integer.class);
    Map<String, Object> bad = OccupancyFixtures.report();
    bad.remove(Var.OWNER_NAME);
    bad.put(Var.NOTIFIED_DATE, "next week");
    ResponseEntity<Map> refused = api.post("kefu", "/api/occupancies", bad);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder(Var.OWNER_NAME, Var.NOTIFIED_DATE);

    Map<String, Object> unknown = OccupancyFixtures.report();
    unknown.put(Var.UNIT, "JLD-9-9999");
    assertThat(api.post("kefu", "/api/occupancies", unknown)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from occupancy", Integer.class)).isEqualTo(before);
  }


}
