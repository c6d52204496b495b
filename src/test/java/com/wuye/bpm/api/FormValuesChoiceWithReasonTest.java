package com.wuye.bpm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An explicit choice whose one answer needs a reason (批准 / 驳回), as the approvals of every flow read it. */
class FormValuesChoiceWithReasonTest {

  @Test
  void anApprovalIsItsWordAlone() {
    FormValues values = FormValues.of(Map.of("approval", "approve"));

    assertThat(values.approval("approval", "reason", 100)).isEqualTo("批准");
    values.check();
  }

  @Test
  void aRejectionCarriesItsReason() {
    FormValues values = FormValues.of(Map.of("approval", "reject", "reason", " 预算不足 "));

    assertThat(values.approval("approval", "reason", 100)).isEqualTo("驳回：预算不足");
    values.check();
  }

  @Test
  void aReasonLeftFromAnEarlierRoundDoesNotFollowAnotherAnswer() {
    FormValues values = FormValues.of(Map.of("approval", "approve", "reason", "上次驳回的理由"));

    assertThat(values.approval("approval", "reason", 100)).isEqualTo("批准");
  }

  @Test
  void aRejectionWithoutAReasonIsRefused() {
    FormValues values = FormValues.of(Map.of("approval", "reject"));
    values.approval("approval", "reason", 100);

    assertThatThrownBy(values::check).isInstanceOf(BadInputException.class).hasMessageContaining("reason");
  }

  @Test
  void noChoiceOrAnUnknownOneIsRefused() {
    FormValues missing = FormValues.of(Map.of());
    assertThat(missing.approval("approval", "reason", 100)).isNull();
    assertThatThrownBy(missing::check).isInstanceOf(BadInputException.class).hasMessageContaining("approval");

    FormValues unknown = FormValues.of(Map.of("approval", "yes"));
    assertThat(unknown.choiceWithReason("approval", Map.of("pass", "合格", "fail", "不合格"), "fail", "reason", 100))
        .isNull();
    assertThatThrownBy(unknown::check).isInstanceOf(BadInputException.class).hasMessageContaining("approval");
  }

  @Test
  void aReasonTooLongIsRefusedWhateverTheAnswer() {
    FormValues values = FormValues.of(Map.of("approval", "approve", "reason", "长".repeat(101)));
    values.approval("approval", "reason", 100);

    assertThatThrownBy(values::check).isInstanceOf(BadInputException.class).hasMessageContaining("reason");
  }
}
