package com.wuye.bpm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What forms and REST calls submit, in every shape it arrives in, and what is refused. */
class FormValuesTest {

  @Test
  void readsTasklistsUntypedValues() {
    FormValues values = FormValues.of(Map.of("note", "  到场 ", "done", "true", "count", "3", "amount", "223.5",
        "day", "2027-03-02", "at", "2027-03-02T10:30", "items", "[\"clutter\",\"extinguisher\"]"));

    assertThat(values.requiredText("note", 10)).isEqualTo("到场");
    assertThat(values.requiredFlag("done")).isTrue();
    assertThat(values.requiredInteger("count")).isEqualTo(3);
    assertThat(values.requiredDecimal("amount", 2)).isEqualTo(new BigDecimal("223.50"));
    assertThat(values.requiredDate("day")).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(values.requiredDate("at")).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(values.requiredDateTime("at")).isEqualTo(LocalDateTime.of(2027, 3, 2, 10, 30));
    assertThat(values.checklist("items", Set.of("clutter", "extinguisher"))).containsExactly("clutter",
        "extinguisher");
    values.check();
  }

  @Test
  void readsTypedValuesAndCommaSeparatedLists() {
    Date date = new Date(1_795_000_000_000L);
    FormValues values = FormValues.of(Map.of("done", false, "count", 7L, "amount", 12, "at", date,
        "items", List.of(" a ", "b"), "tags", "a，b, c"));

    assertThat(values.ticked("done")).isFalse();
    assertThat(values.integer("count")).isEqualTo(7);
    assertThat(values.decimal("amount", 2)).isEqualTo(new BigDecimal("12.00"));
    assertThat(values.dateTime("at")).isNotNull();
    assertThat(values.checklist("items")).containsExactly("a", "b");
    assertThat(values.checklist("tags")).containsExactly("a", "b", "c");
    assertThat(values.checklist("absent")).isEmpty();
  }

  @Test
  void namesEveryFieldAtFaultAtOnce() {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("note", "x".repeat(11));
    submitted.put("done", "maybe");
    submitted.put("count", "2.5");
    submitted.put("amount", "1.005");
    submitted.put("day", "2027-02-30");
    submitted.put("choice", "other");
    submitted.put("flagAsNumber", true);
    FormValues values = FormValues.of(submitted);

    values.requiredText("note", 10);
    values.requiredText("missing", 10);
    values.flag("done");
    values.integer("count");
    values.decimal("amount", 2);
    values.date("day");
    values.choice("choice", Set.of("approve", "reject"));
    values.decimal("flagAsNumber", 2);

    assertThatThrownBy(values::check).isInstanceOfSatisfying(BadInputException.class, e ->
        assertThat(e.errors()).extracting(BadInputException.FieldError::field).containsExactlyInAnyOrder("note",
            "missing", "done", "count", "amount", "day", "choice", "flagAsNumber"));
  }

  @Test
  void answersNullForAbsentOrBlankOptionalValues() {
    FormValues values = FormValues.of(Map.of("blank", "  "));

    assertThat(values.text("blank")).isNull();
    assertThat(values.optionalText("blank", 5)).isNull();
    assertThat(values.flag("absent")).isNull();
    assertThat(values.integer("blank")).isNull();
    assertThat(values.date("absent")).isNull();
    values.check();
  }
}
