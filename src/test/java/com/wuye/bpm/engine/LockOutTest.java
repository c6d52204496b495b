package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Issue 20, point 6: ten and more wrong passwords for a known user, sent by anyone, slow that user's sign-in for at
 * most a minute and never lock the user for good; an administrator can still lock and unlock users.
 */
class LockOutTest extends SpringIntegrationTest {

  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void wrongPasswordsFromStrangersDelayButNeverLockTheUser() {
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    for (int i = 0; i < 15; i++) {
      assertThat(identityService.checkPassword("guanjia", "guess-" + i)).isFalse();
      ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61_000));
    }
    assertThat(identityService.checkPassword("guanjia", "wrong")).isFalse();
    assertThat(identityService.checkPassword("guanjia", ApiClient.DEMO_PASSWORD)).as("during the delay").isFalse();

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61_000));
    assertThat(identityService.checkPassword("guanjia", ApiClient.DEMO_PASSWORD)).as("a minute later").isTrue();
  }

  @Test
  void administratorCanStillUnlockAUser() {
    for (int i = 0; i < 3; i++) {
      identityService.checkPassword("guanjia-zhuguan", "guess-" + i);
    }
    ResponseEntity<Map> unlocked = ApiClient.as(rest, "demo").postJson("/engine-rest/user/guanjia-zhuguan/unlock",
        "{}");
    assertThat(unlocked.getStatusCode().value()).isEqualTo(204);
    assertThat(identityService.checkPassword("guanjia-zhuguan", ApiClient.DEMO_PASSWORD)).isTrue();
  }
}
