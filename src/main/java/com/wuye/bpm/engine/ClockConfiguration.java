package com.wuye.bpm.engine;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every feature reads "now" from, in the company's zone. */
@Configuration
class ClockConfiguration {

  @Bean
  Clock clock(WuyeProperties properties) {
    return Clock.system(properties.zone());
  }
}
