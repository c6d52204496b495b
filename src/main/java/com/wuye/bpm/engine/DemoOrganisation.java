package com.wuye.bpm.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo profile only: one user per group ({@code wuye.demo.users}), all with the demo password. */
@Component
@Profile("demo")
class DemoOrganisation {

  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

  private final IdentityService identityService;
  private final WuyeProperties properties;

  DemoOrganisation(IdentityService identityService, WuyeProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(20)
  @Transactional
  public void createDemoUsers() {
    WuyeProperties.Demo demo = properties.demo();
    for (WuyeProperties.DemoUser demoUser : demo.users()) {
      if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
        User user = identityService.newUser(demoUser.id());
        // the webapps show "first last"; a Chinese name reads family name first, so it is kept whole
        user.setFirstName(demoUser.name());
        user.setLastName("");
        user.setEmail(demoUser.id() + "@demo.wuye.invalid");
        user.setPassword(demo.password());
        identityService.saveUser(user);
      }
      for (String group : demoUser.groups()) {
        StaffGroup.require(group);
        if (identityService.createUserQuery().userId(demoUser.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demoUser.id(), group);
        }
      }
    }
    log.info("demo organisation: {} users with the documented demo password", demo.users().size());
  }
}
