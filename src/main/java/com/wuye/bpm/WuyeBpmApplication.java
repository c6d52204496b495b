package com.wuye.bpm;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;

/** wuye-bpm: the property-management company's documented workflows on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WuyeBpmApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(WuyeBpmApplication.class);
    application.addListeners(companyZoneAsDefault());
    application.run(args);
  }

  /**
   * The engine computes timer cycles (cron) and due dates in the JVM's default zone: make it the company's
   * ({@code wuye.zone}), whatever zone the server runs in.
   */
  static ApplicationListener<ApplicationEnvironmentPreparedEvent> companyZoneAsDefault() {
    return event -> TimeZone.setDefault(
        TimeZone.getTimeZone(event.getEnvironment().getProperty("wuye.zone", "Asia/Shanghai")));
  }
}
