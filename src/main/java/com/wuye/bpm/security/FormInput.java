package com.wuye.bpm.security;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a form (Tasklist submits simple values untyped) or a REST call left in the process: trimmed text,
 * booleans that may arrive as strings, numbers that may arrive as any {@link Number} or string.
 */
final class FormInput {

  private FormInput() {}

  /** Trimmed text, or null when absent or blank. */
  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /** A checkbox: null when absent, so that the caller can require it. */
  static Boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value instanceof Boolean b ? b : Boolean.valueOf(value.toString().trim());
  }

  /** A checkbox that counts as unticked when absent. */
  static boolean ticked(VariableScope scope, String name) {
    return Boolean.TRUE.equals(flag(scope, name));
  }

  /** An amount of money with two decimals, or null when absent or not a number. */
  static BigDecimal money(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim()).setScale(2, RoundingMode.HALF_UP);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return value == null ? null : Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
