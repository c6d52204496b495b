package com.wuye.bpm.renovation;

import java.util.regex.Pattern;

/**
 * A resident identity card number (居民身份证号码, GB 11643: 17 digits and a check digit). Stored in full only in
 * the database; everything shown to people (API, process variables, forms, notices) uses {@link #mask}.
 */
final class ResidentIdNumber {

  private static final Pattern FORMAT = Pattern.compile("\\d{17}[0-9X]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_DIGITS = "10X98765432";

  private ResidentIdNumber() {}

  /** Upper-cases the check digit and drops spaces, as people type it. */
  static String normalize(String idNumber) {
    return idNumber == null ? null : idNumber.replace(" ", "").toUpperCase();
  }

  static boolean isValid(String idNumber) {
    if (idNumber == null || !FORMAT.matcher(idNumber).matches()) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_DIGITS.charAt(sum % 11) == idNumber.charAt(17);
  }

  /** The first three and the last four characters, the rest starred: {@code 110***********002X}. */
  static String mask(String idNumber) {
    if (idNumber == null || idNumber.length() < 8) {
      return "********";
    }
    return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
  }
}
