package com.wuye.bpm.quality;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FieldRules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads what Tasklist forms submit: simple values arrive untyped (a date or a checkbox may be a String). */
final class FormValues {

  private FormValues() {}

  static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString().trim();
  }

  static boolean bool(Object value) {
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A form-js date ({@code 2026-05-01}, possibly with a time part); null when empty. */
  static LocalDate date(String field, Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(field, "日期格式应为 yyyy-MM-dd (a date)");
    }
  }

  /** A date the field must hold; null with the fault kept in the rules when it is empty or no date. */
  static LocalDate requiredDate(String field, Object value, FieldRules rules) {
    try {
      LocalDate date = date(field, value);
      if (date == null) {
        rules.reject(field, "必填 (required)");
      }
      return date;
    } catch (BadInputException e) {
      rules.reject(field, "日期格式应为 yyyy-MM-dd (a date)");
      return null;
    }
  }

  /** The values ticked in a checklist: form-js submits a list (or JSON text), the API may send "a, b". */
  static List<String> list(Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(v -> values.add(String.valueOf(v).trim()));
    } else if (value != null) {
      for (String part : value.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
        if (!part.isBlank()) {
          values.add(part.trim());
        }
      }
    }
    return values;
  }
}
