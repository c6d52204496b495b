package com.wuye.bpm.service;

import static com.wuye.bpm.service.CompanySignboardProcess.Element.*;
import static com.wuye.bpm.service.CompanySignboardProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.support.ApiClient;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** company-signboard with its real delegates: the record, the fee, the maker's letters and the case file. */
class CompanySignboardIntegrationTest extends ServiceFlowTest {

  @Test
  void hangsTheSignAfterARemakeAndKeepsTheFeeAndEveryStep() {
    String number = api.start("/api/signboards", SignboardFixtures.application());
    assertThat(number).matches("SP-\\d{4}-\\d{6}");
    String instance = api.instanceOf(number);

    kefu.complete(instance, CHECK_SIGNBOARD_APPLICATION, SignboardFixtures.check("valid"));
    kefu.complete(instance, COLLECT_SIGNBOARD_FEE, SignboardFixtures.fee());
    kefu.complete(instance, RECORD_SIGNBOARD_DELIVERY, SignboardFixtures.delivery());
    kefu.complete(instance, CHECK_SIGNBOARD, Map.of(Var.SIGN_RESULT, "mismatch", Var.SIGN_CHECK_NOTE, "“12楼”误作“21楼”"));
    kefu.complete(instance, RECORD_SIGNBOARD_DELIVERY, SignboardFixtures.delivery());
    kefu.complete(instance, CHECK_SIGNBOARD, SignboardFixtures.signCheck("matches"));
    kefu.complete(instance, HANG_SIGNBOARD, SignboardFixtures.hanging());

    Map<String, Object> row = jdbc.queryForMap("select * from signboard where number = ?", number);
    assertThat(row).containsEntry("STATUS", "COMPLETED").containsEntry("RECEIPT_NUMBER", "SJ-0100")
        .containsEntry("LICENCE_NUMBER", "91440300MA5XXXXX").containsEntry("REMAKE_COUNT", 1)
        .containsEntry("MAKER_NAME", "某某广告公司").containsEntry("HANGING_LOCATION", "4栋大堂水牌架");
    assertThat((BigDecimal) row.get("FEE_AMOUNT")).isEqualByComparingTo("120.00");
    assertThat(row.get("COMPLETED_AT")).isNotNull();
    assertThat(jdbc.queryForList("select kind from notice where reference = ? order by id", String.class, number))
        .containsExactly("signboard-order", "signboard-remake-1");
    assertThat(jdbc.queryForObject("select body from notice where reference = ? and kind = ?", String.class, number,
        "signboard-remake-1")).contains("“12楼”误作“21楼”");
    assertThat(jdbc.queryForList("select step from case_step where business_key = ? order by id", String.class,
        number)).containsExactly(CHECK_SIGNBOARD_APPLICATION, COLLECT_SIGNBOARD_FEE, RECORD_SIGNBOARD_DELIVERY,
        CHECK_SIGNBOARD, RECORD_SIGNBOARD_DELIVERY, CHECK_SIGNBOARD, HANG_SIGNBOARD);
    assertThat(ApiClient.as(rest, "jingli").get("/api/signboards/" + number).getBody())
        .containsEntry("statusName", "已办结");
  }

  @Test
  void returnsTheApplicationWithTheReasonWhenTheDocumentsAreNotValid() {
    String number = api.start("/api/signboards", SignboardFixtures.application());
    kefu.complete(api.instanceOf(number), CHECK_SIGNBOARD_APPLICATION, Map.of(Var.APPLICATION_RESULT, "invalid",
        Var.CHECK_NOTE, "申请表未盖公章"));

    assertThat(jdbc.queryForMap("select status, rejected_reason from signboard where number = ?", number))
        .containsEntry("STATUS", "REJECTED").containsEntry("REJECTED_REASON", "申请表未盖公章");
  }

  @Test
  void refusesAFeeOfNothingAndWritesNoFee() {
    String number = api.start("/api/signboards", SignboardFixtures.application());
    String instance = api.instanceOf(number);
    kefu.complete(instance, CHECK_SIGNBOARD_APPLICATION, SignboardFixtures.check("valid"));

    assertThatThrownBy(() -> kefu.complete(instance, COLLECT_SIGNBOARD_FEE,
        Map.of(Var.FEE_AMOUNT, "0", Var.RECEIPT_NUMBER, "SJ-0101")))
        .hasRootCauseInstanceOf(BadInputException.class).rootCause().hasMessageContaining(Var.FEE_AMOUNT);
    assertThat(jdbc.queryForMap("select status, fee_amount from signboard where number = ?", number))
        .containsEntry("STATUS", "APPLICATION_VALID").containsEntry("FEE_AMOUNT", null);
  }

  @Test
  void refusesBadFieldsAndAnUnknownUnitAndWritesNothing() {
    int before = jdbc.queryForObject("select count(*) from signboard", Integer.class);
    Map<String, Object> bad = SignboardFixtures.application();
    bad.remove(Var.SIGN_TEXT);
    bad.put(Var.COMPANY_NAME, "公".repeat(SignboardIntake.COMPANY_MAX + 1));
    ResponseEntity<Map> refused = api.post("kefu", "/api/signboards", bad);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder(Var.SIGN_TEXT, Var.COMPANY_NAME);

    Map<String, Object> unknown = SignboardFixtures.application();
    unknown.put(Var.UNIT, "JLD-9-9999");
    assertThat(api.post("kefu", "/api/signboards", unknown).getStatusCode().value()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from signboard", Integer.class)).isEqualTo(before);
  }
}
