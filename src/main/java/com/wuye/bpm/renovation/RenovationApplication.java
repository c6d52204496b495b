package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.api.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.spin.Spin;
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

  /** Each document once, whatever was sent. */
  public RenovationApplication {
    documents = documents == null ? List.of() : documents.stream().distinct().toList();
  }

  /**
   * Reads the application from what a form or a REST body holds, with every rule of its fields; the errors are
   * collected in {@code values}, and that the unit exists is checked by the caller. The planned dates must describe
   * works that can still happen and that end within a year ({@link #MAX_DURATION}): the end not before the start,
   * not before {@code today} and at most a year after the start. The permit and every construction pass are valid
   * until the planned end, so an end in 9999 would make them valid for ever.
   */
  static RenovationApplication read(FormValues values, LocalDate today) {
    FieldRules rules = values.rules();
    String unit = values.requiredText(Var.UNIT, 30);
    String ownerName = values.requiredText(Var.OWNER_NAME, 50);
    String ownerPhone = values.requiredText(Var.OWNER_PHONE, 30);
    rules.matches(Var.OWNER_PHONE, ownerPhone, PHONE, "电话号码（数字、+、-）");
    String contractorName = values.requiredText(Var.CONTRACTOR_NAME, 100);
    String contractorPhone = values.requiredText(Var.CONTRACTOR_PHONE, 30);
    rules.matches(Var.CONTRACTOR_PHONE, contractorPhone, PHONE, "电话号码（数字、+、-）");
    LocalDate plannedStart = values.requiredDate(Var.PLANNED_START);
    LocalDate plannedEnd = values.requiredDate(Var.PLANNED_END);
    if (plannedStart != null && plannedEnd != null) {
      if (plannedEnd.isBefore(plannedStart)) {
        rules.reject(Var.PLANNED_END, "计划完工日期不能早于开工日期 (end before start)");
      } else if (plannedEnd.isAfter(plannedStart.plus(MAX_DURATION))) {
        rules.reject(Var.PLANNED_END, "装修工期不能超过一年 (at most a year after the start)");
      } else if (plannedEnd.isBefore(today)) {
        rules.reject(Var.PLANNED_END, "计划完工日期不能早于今天 (in the past)");
      }
    }
    Boolean structuralChange = values.requiredFlag(Var.STRUCTURAL_CHANGE);
    Boolean plumbingOrElectrical = values.requiredFlag(Var.PLUMBING_OR_ELECTRICAL);
    BigDecimal areaSqm = values.requiredDecimal(Var.AREA_SQM, 2);
    if (areaSqm != null && areaSqm.signum() <= 0) {
      rules.reject(Var.AREA_SQM, "装修面积必须大于 0 (must be positive)");
    } else if (areaSqm != null && areaSqm.compareTo(MAX_AREA) > 0) {
      rules.reject(Var.AREA_SQM, "装修面积最多 10000 平方米 (at most 10000)");
    }
    return new RenovationApplication(unit, ownerName, ownerPhone, contractorName, contractorPhone, plannedStart,
        plannedEnd, structuralChange, plumbingOrElectrical, areaSqm, values.requiredText(Var.DESCRIPTION, 2000),
        values.checklist(Var.DOCUMENTS, DOCUMENTS));
  }

  /** The fields as plain values (dates as {@code yyyy-MM-dd}, the documents as a list), for reading them back. */
  Map<String, Object> fields() {
    Map<String, Object> fields = new HashMap<>();
    fields.put(Var.UNIT, unit);
    fields.put(Var.OWNER_NAME, ownerName);
    fields.put(Var.OWNER_PHONE, ownerPhone);
    fields.put(Var.CONTRACTOR_NAME, contractorName);
    fields.put(Var.CONTRACTOR_PHONE, contractorPhone);
    fields.put(Var.PLANNED_START, plannedStart == null ? null : plannedStart.toString());
    fields.put(Var.PLANNED_END, plannedEnd == null ? null : plannedEnd.toString());
    fields.put(Var.STRUCTURAL_CHANGE, structuralChange);
    fields.put(Var.PLUMBING_OR_ELECTRICAL, plumbingOrElectrical);
    fields.put(Var.AREA_SQM, areaSqm == null ? null : areaSqm.doubleValue());
    fields.put(Var.DESCRIPTION, description);
    fields.put(Var.DOCUMENTS, documents);
    return fields;
  }

  /** The start variables as Tasklist submits them: the fields, with the documents as JSON. */
  Map<String, Object> asVariables() {
    Map<String, Object> variables = fields();
    variables.put(Var.DOCUMENTS, SpinValues.jsonValue(Spin.JSON(documents)).create());
    return variables;
  }

}
