package com.wuye.bpm.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with the fields of one request, so that the answer names every field at fault at
 * once. Used by the REST controllers and by the delegates that check Tasklist form input again.
 */
public final class FieldRules {

  private final List<BadInputException.FieldError> errors = new ArrayList<>();

  public FieldRules text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      reject(field, "必填 (required)");
    } else if (value.length() > maxLength) {
      reject(field, "不能超过 " + maxLength + " 个字符 (at most " + maxLength + " characters)");
    } else if (hasControlCharacter(value)) {
      reject(field, CONTROL_CHARACTER);
    }
    return this;
  }

  static final String CONTROL_CHARACTER = "含有不可见的控制字符 (control characters are not allowed)";

  /**
   * A control character other than tab, line feed and carriage return (which a text area sends): NUL, which
   * PostgreSQL cannot store in text, escape sequences, C1 controls. Refused in every text the application takes.
   */
  public static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  public FieldRules matches(String field, String value, Pattern pattern, String expected) {
    if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
      reject(field, "格式不正确，应为" + expected);
    }
    return this;
  }

  public FieldRules oneOf(String field, String value, Set<String> allowed) {
    if (value != null && !value.isBlank() && !allowed.contains(value)) {
      reject(field, "未知的取值 '" + value + "'，可选：" + String.join(", ", allowed.stream().sorted().toList()));
    }
    return this;
  }

  public FieldRules present(String field, Object value) {
    if (value == null) {
      reject(field, "必填 (required)");
    }
    return this;
  }

  public FieldRules reject(String field, String reason) {
    errors.add(new BadInputException.FieldError(field, reason));
    return this;
  }

  public boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /** Throws {@link BadInputException} naming every field at fault, if there is one. */
  public void check() {
    if (!errors.isEmpty()) {
      throw new BadInputException(errors);
    }
  }
}
