package com.wuye.bpm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** wuye-bpm: the property-management company's documented workflows on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WuyeBpmApplication {

  public static void main(String[] args) {
    SpringApplication.run(WuyeBpmApplication.class, args);
  }
}
