package com.wuye.bpm.api;

/** Well-formed input that the records refuse, e.g. paying more than is owed (422). */
public class UnprocessableException extends RuntimeException {

  private final String field;

  public UnprocessableException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
