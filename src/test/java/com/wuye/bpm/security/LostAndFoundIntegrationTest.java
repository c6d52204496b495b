package com.wuye.bpm.security;

import static com.wuye.bpm.security.LostAndFoundProcess.Element.*;
import static com.wuye.bpm.security.LostAndFoundProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** lost-and-found with the real delegates and listener on the database. */
class LostAndFoundIntegrationTest extends SecurityFlowIntegrationTest {

  @Autowired
  FoundItemService items;
  @Autowired
  NoticeService notices;
  @Autowired
  SecurityProperties properties;

  @Test
  void disposesOfAnUnclaimedItemWithARecordAfterTheConfiguredRetention() {
    ProcessInstance instance = startAs("kefu", FoundItemFixtures.umbrella());
    String number = number(instance);
    FoundItem item = items.get(number);
    assertThat(item.receivedBy()).isEqualTo("kefu");
    assertThat(item.retentionUntil()).isEqualTo(item.receivedAt().plus(properties.lostItemRetention()));
    complete(instance, POST_NOTICE, FoundItemFixtures.posted());
    assertThat(notices.issuedFor(number)).singleElement().extracting(Notice::channel).isEqualTo("posting");

    ClockUtil.setCurrentTime(Date.from(item.retentionUntil().plusMinutes(1).toInstant()));
    var management = processEngine.getManagementService();
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().executable()
        .singleResult().getId());
    complete(instance, DISPOSE_ITEM, FoundItemFixtures.disposal());

    FoundItem closed = items.get(number);
    assertThat(closed.noticePlace()).isEqualTo("大堂公告栏");
    assertThat(closed.outcome()).isEqualTo(FoundItem.DISPOSED);
    assertThat(closed.disposalMethod()).isEqualTo("donate");
    assertThat(closed.disposedAt()).isNotNull();
    assertThat(closed.claimedAt()).isNull();
    assertThat(closed.archivedAt()).isNotNull();
  }

  @Test
  void handsBackToTheOwnerOnlyAfterTheIdentityCheck() {
    ProcessInstance instance = startAs("kefu", FoundItemFixtures.walletOfKnownOwner());
    String number = number(instance);
    processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list()
        .forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
    assertThat(notices.issuedFor(number)).singleElement().extracting(Notice::recipient).isEqualTo("13900139000");

    Map<String, Object> unchecked = new HashMap<>(FoundItemFixtures.claim());
    unchecked.put(Var.IDENTITY_CHECKED, false);
    assertThatThrownBy(() -> complete(instance, HAND_BACK_ITEM, unchecked))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.IDENTITY_CHECKED);
    assertThat(items.get(number).claimedAt()).isNull();

    complete(instance, HAND_BACK_ITEM, FoundItemFixtures.claim());
    FoundItem closed = items.get(number);
    assertThat(closed.outcome()).isEqualTo(FoundItem.CLAIMED);
    assertThat(closed.claimantIdNumber()).isEqualTo("110101199202023456");
    assertThat(valuesKeptByTheEngine(instance)).noneMatch(v -> v.contains("110101199202023456"));
    assertThat(closed.ownerNotifiedAt()).isNotNull();
    assertThat(closed.archivedAt()).isNotNull();
  }

  @Test
  void refusesAHandoverOfAnUncheckedItem() {
    Map<String, Object> variables = FoundItemFixtures.umbrella();
    variables.put(Var.ITEM_CHECKED, false);
    assertThatThrownBy(() -> startAs("kefu", variables)).isInstanceOf(BadInputException.class)
        .hasMessageContaining(Var.ITEM_CHECKED);
  }

  @Test
  void keepsItemsNinetyDaysByDefault() {
    assertThat(new SecurityProperties(null, null, null).lostItemRetention().getDays()).isEqualTo(90);
    assertThat(Duration.ofDays(properties.lostItemRetention().getDays())).isPositive();
  }

  private ProcessInstance startAs(String user, Map<String, Object> variables) {
    return startAs(LostAndFoundProcess.KEY, user, "customer-service", variables);
  }

  private String number(ProcessInstance instance) {
    return variable(instance, Var.FOUND_ITEM_NUMBER);
  }
}
