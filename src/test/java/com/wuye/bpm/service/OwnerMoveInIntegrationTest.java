package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerMoveInProcess.Element.*;
import static com.wuye.bpm.service.OwnerMoveInProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.support.ApiClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** owner-move-in with its real delegates: the record, the move-in notice to the departments and their confirmations. */
class OwnerMoveInIntegrationTest extends ServiceFlowTest {

  @Test
  void movesInAfterBothDepartmentsConfirmTheNotice() {
    String number = api.start("/api/move-ins", MoveInFixtures.application());
    assertThat(number).matches("QR-\\d{4}-\\d{6}");
    String instance = api.instanceOf(number);
    String start = LocalDate.now().plusDays(3).toString();

    kefu.complete(instance, CHECK_MOVE_IN_DOCUMENTS, MoveInFixtures.documents("complete"));
    kefu.complete(instance, INTRODUCE_MOVE_IN_SERVICES, MoveInFixtures.introduction());
    kefu.complete(instance, FILL_MOVE_IN_NOTICE, MoveInFixtures.notice(start));
    assertThat(jdbc.queryForList("select recipient from notice where reference = ? order by id", String.class,
        number)).containsExactly("engineering", "security");
    new Staff(processEngine, "baoan", "security").complete(instance, CONFIRM_MOVE_IN_SECURITY,
        MoveInFixtures.security());
    new Staff(processEngine, "gongcheng", "engineering").complete(instance, CONFIRM_MOVE_IN_ENGINEERING,
        MoveInFixtures.engineering());

    Map<String, Object> row = jdbc.queryForMap("select * from move_in where number = ?", number);
    assertThat(row).containsEntry("STATUS", "MOVED_IN").containsEntry("OCCUPANT_TYPE", "tenant")
        .containsEntry("DOCUMENTS_CHECKED", "authorization,lease").containsEntry("RECEIVED_BY", "kefu");
    assertThat(row.get("SERVICE_START_DATE").toString()).isEqualTo(start);
    assertThat(row.get("ENGINEERING_CONFIRMED_AT")).isNotNull();
    assertThat(row.get("SECURITY_CONFIRMED_AT")).isNotNull();
    assertThat(jdbc.queryForList("select step, actor from case_step where business_key = ? order by id", number))
        .extracting(step -> step.get("STEP") + "/" + step.get("ACTOR"))
        .containsExactly(CHECK_MOVE_IN_DOCUMENTS + "/kefu", INTRODUCE_MOVE_IN_SERVICES + "/kefu",
            FILL_MOVE_IN_NOTICE + "/kefu", CONFIRM_MOVE_IN_SECURITY + "/baoan",
            CONFIRM_MOVE_IN_ENGINEERING + "/gongcheng");
    assertThat(ApiClient.as(rest, "jingli").get("/api/move-ins/" + number).getBody())
        .containsEntry("status", "MOVED_IN");
  }

  @Test
  void refusesAServiceStartBeforeTheApplication() {
    String number = api.start("/api/move-ins", MoveInFixtures.application());
    String instance = api.instanceOf(number);
    kefu.complete(instance, CHECK_MOVE_IN_DOCUMENTS, MoveInFixtures.documents("complete"));
    kefu.complete(instance, INTRODUCE_MOVE_IN_SERVICES, MoveInFixtures.introduction());

    assertThatThrownBy(() -> kefu.complete(instance, FILL_MOVE_IN_NOTICE, MoveInFixtures.notice("2020-01-01")))
        .hasRootCauseInstanceOf(BadInputException.class).rootCause().hasMessageContaining(Var.SERVICE_START_DATE);
    assertThat(jdbc.queryForObject("select status from move_in where number = ?", String.class, number))
        .isEqualTo("SERVICES_INTRODUCED");
  }

  @Test
  void refusesWithTheReasonWhenTheDocumentsAreIncomplete() {
    String number = api.start("/api/move-ins", MoveInFixtures.application());
    kefu.complete(api.instanceOf(number), CHECK_MOVE_IN_DOCUMENTS, Map.of(Var.DOCUMENTS_RESULT, "incomplete",
        Var.DOCUMENTS_NOTE, "缺业主授权书"));

    assertThat(jdbc.queryForMap("select status, refused_reason from move_in where number = ?", number))
        .containsEntry("STATUS", "REFUSED").containsEntry("REFUSED_REASON", "缺业主授权书");
  }

  @Test
  void refusesBadFieldsAndAnUnknownUnitAndWritesNothing() {
    int before = jdbc.queryForObject("select count(*) from move_in", Integer.class);
    Map<String, Object> bad = MoveInFixtures.application();
    bad.put(Var.OCCUPANT_TYPE, "visitor");
    bad.remove(Var.PHONE);
    ResponseEntity<Map> refused = api.post("kefu", "/api/move-ins", bad);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder(Var.OCCUPANT_TYPE, Var.PHONE);

    Map<String, Object> unknown = MoveInFixtures.application();
    unknown.put(Var.UNIT, "JLD-9-9999");
    assertThat(api.post("kefu", "/api/move-ins", unknown)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from move_in", Integer.class)).isEqualTo(before);
  }


}
