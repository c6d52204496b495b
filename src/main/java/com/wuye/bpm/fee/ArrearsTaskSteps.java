package com.wuye.bpm.fee;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** What the user tasks of household-arrears record. */
final class ArrearsTaskSteps {

  private ArrearsTaskSteps() {}

  /** A date from the form's date picker ({@code 2027-03-20}), an ISO date-time or a Date. */
  static LocalDate agreedDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    String text = value == null ? "" : value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("agreedPaymentDate: " + text, e);
    }
  }
}
