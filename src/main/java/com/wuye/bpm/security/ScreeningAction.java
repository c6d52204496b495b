package com.wuye.bpm.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a guard does with a person (the output {@code action} of suspicious-person-risk), from the mildest to the
 * strictest. A guard may choose a stricter action than the decision recommends, never a milder one.
 */
public enum ScreeningAction {
  RELEASE("release", "准其离开"),
  INSPECT_ITEMS("inspect-items", "查验物品"),
  NOTIFY_SUPERVISOR("notify-supervisor", "查验物品并通知主管留意");

  private final String value;
  private final String chineseName;

  ScreeningAction(String value, String chineseName) {
    this.value = value;
    this.chineseName = chineseName;
  }

  public String value() {
    return value;
  }

  public String chineseName() {
    return chineseName;
  }

  public boolean isAtLeast(ScreeningAction other) {
    return compareTo(other) >= 0;
  }

  public static Optional<ScreeningAction> of(String value) {
    return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst();
  }
}
