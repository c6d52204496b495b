package com.wuye.bpm.fee;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The services the company may suspend for arrears (《物业品质管理手册》§5.4.10 节点6: 空调、供电等), by the codes
 * the decision suspension-eligibility gives and the forms' checklists show in Chinese.
 */
public enum SuspendableService {
  AIR_CONDITIONING("air-conditioning", "空调"),
  POWER("power", "供电");

  static final String SEPARATOR = ",";

  private final String code;
  private final String chineseName;

  SuspendableService(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  public String code() {
    return code;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The codes of {@code services} ("air-conditioning,power"), each checked; empty for none. */
  public static List<String> codes(String services) {
    if (services == null || services.isBlank()) {
      return List.of();
    }
    return Arrays.stream(services.split(SEPARATOR)).map(String::trim).map(SuspendableService::of)
        .map(SuspendableService::code).toList();
  }

  /** {@code 空调、供电} for {@code air-conditioning,power}; 无 for none. */
  public static String describe(String services) {
    List<String> codes = codes(services);
    return codes.isEmpty() ? "无" : codes.stream().map(c -> of(c).chineseName).collect(Collectors.joining("、"));
  }

  public static SuspendableService of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown service: " + code));
  }
}
