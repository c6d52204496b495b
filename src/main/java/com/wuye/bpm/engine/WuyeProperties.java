package com.wuye.bpm.engine;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wuye.*}.
 *
 * @param zone the company's time zone; dates and timers are computed in it
 * @param demo the demo organisation, only set in the demo profile
 */
@ConfigurationProperties("wuye")
public record WuyeProperties(ZoneId zone, Demo demo) {

  public WuyeProperties {
    zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    demo = demo == null ? new Demo(null, List.of()) : demo;
  }

  public record Demo(String password, List<DemoUser> users) {
    public Demo {
      users = users == null ? List.of() : List.copyOf(users);
    }
  }

  public record DemoUser(String id, String name, List<String> groups) {}
}
