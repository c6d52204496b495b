package com.wuye.bpm.renovation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** ID numbers: GB 11643 check digit, and the mask shown everywhere but the database. */
class ResidentIdNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "510108198511114564", "320102197806157897"})
  void acceptsNumbersWithTheRightCheckDigit(String idNumber) {
    assertThat(ResidentIdNumber.isValid(idNumber)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"110105194912310021", "510108198511114565", "11010519491231002", "1101051949123100XX",
      "11010519491231002x", "A1010519491231002X"})
  void refusesWrongCheckDigitLengthOrCharacters(String idNumber) {
    assertThat(ResidentIdNumber.isValid(idNumber)).isFalse();
  }

  @Test
  void normalizesWhatPeopleType() {
    assertThat(ResidentIdNumber.normalize(" 110105 19491231002x")).isEqualTo("11010519491231002X");
  }

  @Test
  void masksAllButTheFirstThreeAndLastFour() {
    assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("110***********002X");
    assertThat(ResidentIdNumber.mask("123")).isEqualTo("********");
  }
}
