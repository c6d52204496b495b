package com.wuye.bpm.security;

import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five checks of the 防火安全检查表 (§5.5.5), each with the checklist form's fields: the box ticked when the
 * check finds a problem, and where and what it is. The type is the input {@code hazardType} of fire-hazard-deadline.
 */
public enum FireCheckType {
  CLUTTER("clutter", Var.CLUTTER_FOUND, Var.CLUTTER_DETAIL, "堆放杂物、易燃物"),
  FIRE_SOURCE("fire-source", Var.FIRE_SOURCE_FOUND, Var.FIRE_SOURCE_DETAIL, "遗留火种"),
  EXTINGUISHER("extinguisher", Var.EXTINGUISHER_MISPLACED, Var.EXTINGUISHER_DETAIL, "灭火器摆放不合理"),
  POWER_LEFT_ON("power-left-on", Var.POWER_LEFT_ON, Var.POWER_DETAIL, "非工作设备未断电"),
  OTHER_HAZARD("other-hazard", Var.OTHER_HAZARD_FOUND, Var.OTHER_HAZARD_DETAIL, "其他火险隐患");

  private final String value;
  private final String foundField;
  private final String detailField;
  private final String chineseName;

  FireCheckType(String value, String foundField, String detailField, String chineseName) {
    this.value = value;
    this.foundField = foundField;
    this.detailField = detailField;
    this.chineseName = chineseName;
  }

  public String value() {
    return value;
  }

  public String foundField() {
    return foundField;
  }

  public String detailField() {
    return detailField;
  }

  public String chineseName() {
    return chineseName;
  }

  public static Optional<FireCheckType> of(String value) {
    return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
  }
}
