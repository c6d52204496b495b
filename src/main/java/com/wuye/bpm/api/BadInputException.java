package com.wuye.bpm.api;

import java.util.List;

/** Input that breaks a rule; answered with 400 and the fields at fault. Nothing was written. */
public class BadInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public BadInputException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.reason()).reduce((a, b) -> a + "; " + b).orElse("bad input"));
    this.errors = List.copyOf(errors);
  }

  public BadInputException(String field, String reason) {
    this(List.of(new FieldError(field, reason)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One rule a field breaks. */
  public record FieldError(String field, String reason) {}
}
