package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A renovation application (装修申请书) as the front desk or the owner portal takes it. The same rules apply
 * whether it comes from the Tasklist start form or from {@code POST /api/renovations}.
 *
 * @param documents what the owner handed in, from {@link #DOCUMENTS}
 */
public record RenovationApplication(String unit, String ownerName, String ownerPhone, String contractorName,
    String contractorPhone, LocalDate plannedStart, LocalDate plannedEnd, Boolean structuralChange,
    Boolean plumbingOrElectrical, BigDecimal areaSqm, String description, List<String> documents) {

  /** The documents an owner may hand in (values of the start form's checklist). */
  static final Set<String> DOCUMENTS = Set.of("drawings", "ownership", "owner-id", "contractor-licence", "undertaking");
  static final BigDecimal MAX_AREA = new BigDecimal("10000");
  /** The longest works a permit is issued for. */
  static final Period MAX_DURATION = Period.ofYears(1);
  private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,30}");

  public RenovationApplication {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /**
   * Checks every field; that the unit exists is checked by the caller. The planned dates must describe works
   * that can still happen and that end within a year ({@link #MAX_DURATION}): the end not before the start, not
   * in the past ({@code today}) and at most a year after the start. The permit and every construction pass are
   * valid until the planned end, so an end in 9999 would make them valid for ever.
   */
  FieldRules check(LocalDate today) {
    FieldRules rules = new FieldRules()
        .text(Var.UNIT, unit, 30)
        .text(Var.OWNER_NAME, ownerName, 50)
        .text(Var.OWNER_PHONE, ownerPhone, 30)
        .matches(Var.OWNER_PHONE, ownerPhone, PHONE, "电话号码（数字、+、-）")
        .text(Var.CONTRACTOR_NAME, contractorName, 100)
        .text(Var.CONTRACTOR_PHONE, contractorPhone, 30)
        .matches(Var.CONTRACTOR_PHONE, contractorPhone, PHONE, "电话号码（数字、+、-）")
        .present(Var.PLANNED_START, plannedStart)
        .present(Var.PLANNED_END, plannedEnd)
        .present(Var.STRUCTURAL_CHANGE, structuralChange)
        .present(Var.PLUMBING_OR_ELECTRICAL, plumbingOrElectrical)
        .present(Var.AREA_SQM, areaSqm)
        .text(Var.DESCRIPTION, description, 2000);
    if (plannedStart != null && plannedEnd != null) {
      if (plannedEnd.isBefore(plannedStart)) {
        rules.reject(Var.PLANNED_END, "计划完工日期不能早于开工日期 (end before start)");
      } else if (plannedEnd.isAfter(plannedStart.plus(MAX_DURATION))) {
        rules.reject(Var.PLANNED_END, "装修工期不能超过一年 (at most a year after the start)");
      } else if (plannedEnd.isBefore(today)) {
        rules.reject(Var.PLANNED_END, "计划完工日期不能早于今天 (in the past)");
      }
    }
    if (areaSqm != null && areaSqm.signum() <= 0) {
      rules.reject(Var.AREA_SQM, "装修面积必须大于 0 (must be positive)");
    } else if (areaSqm != null && (areaSqm.compareTo(MAX_AREA) > 0 || areaSqm.scale() > 2)) {
      rules.reject(Var.AREA_SQM, "装修面积最多 10000 平方米、两位小数 (at most 10000, two decimals)");
    }
    documents.stream().filter(d -> !DOCUMENTS.contains(d)).findFirst().ifPresent(d -> rules.reject(Var.DOCUMENTS,
        "未知的资料 '" + d + "'，可选：" + String.join(", ", DOCUMENTS.stream().sorted().toList())));
    return rules;
  }

  /** The start variables; dates as {@code yyyy-MM-dd} and the documents as JSON, as Tasklist submits them. */
  Map<String, Object> asVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.UNIT, unit);
    variables.put(Var.OWNER_NAME, ownerName);
    variables.put(Var.OWNER_PHONE, ownerPhone);
    variables.put(Var.CONTRACTOR_NAME, contractorName);
    variables.put(Var.CONTRACTOR_PHONE, contractorPhone);
    variables.put(Var.PLANNED_START, plannedStart == null ? null : plannedStart.toString());
    variables.put(Var.PLANNED_END, plannedEnd == null ? null : plannedEnd.toString());
    variables.put(Var.STRUCTURAL_CHANGE, structuralChange);
    variables.put(Var.PLUMBING_OR_ELECTRICAL, plumbingOrElectrical);
    variables.put(Var.AREA_SQM, areaSqm == null ? null : areaSqm.doubleValue());
    variables.put(Var.DESCRIPTION, description);
    variables.put(Var.DOCUMENTS, SpinValues.jsonValue(Spin.JSON(documents)).create());
    return variables;
  }

  /** The application in a process instance's variables; a value of the wrong type reads as missing. */
  static RenovationApplication fromVariables(Map<String, Object> variables) {
    return new RenovationApplication(string(variables, Var.UNIT), string(variables, Var.OWNER_NAME),
        string(variables, Var.OWNER_PHONE), string(variables, Var.CONTRACTOR_NAME),
        string(variables, Var.CONTRACTOR_PHONE), date(variables.get(Var.PLANNED_START)),
        date(variables.get(Var.PLANNED_END)), bool(variables.get(Var.STRUCTURAL_CHANGE)),
        bool(variables.get(Var.PLUMBING_OR_ELECTRICAL)), decimal(variables.get(Var.AREA_SQM)),
        string(variables, Var.DESCRIPTION), strings(variables.get(Var.DOCUMENTS)));
  }

  static String string(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString().trim();
  }

  /** A date from Tasklist ({@code 2026-03-01}, possibly with a time) or from Java. */
  static LocalDate date(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Boolean bool(Object value) {
    return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString());
  }

  static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    try {
      return value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A checklist's values: JSON from Tasklist, a list from Java, or comma-separated text. */
  static List<String> strings(Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> values.add(element.isString() ? element.stringValue() : element.toString()));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(element -> values.add(String.valueOf(element)));
    } else if (value != null && !value.toString().isBlank()) {
      Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
    }
    return values;
  }
}
