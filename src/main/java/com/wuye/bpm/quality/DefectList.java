package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.DefectField;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FieldRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The defect list as the meeting-record form submits it (a form-js dynamiclist: JSON array of rows), checked
 * field by field, and written back as JSON for the forms that show it later.
 */
final class DefectList {

  static final Set<String> SEVERITIES = Set.of(ReviewDefect.SERIOUS, ReviewDefect.GENERAL, ReviewDefect.SUGGESTION);
  private static final ObjectMapper JSON = new ObjectMapper();

  private DefectList() {}

  /** Parses and checks every row; null or an empty list is a meeting without defects. */
  static List<ReviewDefect> parse(String field, Object value) {
    JsonNode rows = tree(field, value);
    FieldRules rules = new FieldRules();
    List<ReviewDefect> defects = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      String prefix = field + "[" + i + "].";
      Integer number = row.path(DefectField.NUMBER).isNumber() ? row.path(DefectField.NUMBER).asInt() : null;
      String severity = text(row, DefectField.SEVERITY);
      rules.present(prefix + DefectField.NUMBER, number)
          .text(prefix + DefectField.RAISED_BY, text(row, DefectField.RAISED_BY), 50)
          .text(prefix + DefectField.LOCATION, text(row, DefectField.LOCATION), 100)
          .text(prefix + DefectField.DESCRIPTION, text(row, DefectField.DESCRIPTION), 2000)
          .text(prefix + DefectField.SEVERITY, severity, 12)
          .oneOf(prefix + DefectField.SEVERITY, severity, SEVERITIES);
      if (number != null && (number < 1 || !numbers.add(number))) {
        rules.reject(prefix + DefectField.NUMBER, "缺陷编号须为正数且不重复 (positive and unique)");
      }
      LocalDate promised = null;
      try {
        promised = FormValues.date(prefix + DefectField.PROMISED_FIX_DATE, text(row, DefectField.PROMISED_FIX_DATE));
      } catch (BadInputException e) {
        e.errors().forEach(error -> rules.reject(error.field(), error.reason()));
      }
      if (promised == null && !ReviewDefect.SUGGESTION.equals(severity)) {
        rules.reject(prefix + DefectField.PROMISED_FIX_DATE, "严重、一般缺陷须有承诺改正时间 (required)");
      }
      defects.add(new ReviewDefect(number == null ? 0 : number, text(row, DefectField.RAISED_BY),
          text(row, DefectField.LOCATION), text(row, DefectField.DESCRIPTION), severity, promised,
          row.path(DefectField.VERIFIED).asBoolean(false)));
    }
    rules.check();
    return defects;
  }

  /** The numbers of the rows ticked as verified, without checking the other fields (verification form). */
  static Set<Integer> verifiedNumbers(String field, Object value) {
    Set<Integer> verified = new HashSet<>();
    for (JsonNode row : tree(field, value)) {
      if (row.path(DefectField.VERIFIED).asBoolean(false) && row.path(DefectField.NUMBER).isNumber()) {
        verified.add(row.path(DefectField.NUMBER).asInt());
      }
    }
    return verified;
  }

  /** The list as a JSON variable (the form of the next task shows it). */
  static SpinJsonNode toJson(List<ReviewDefect> defects) {
    ArrayNode rows = JSON.createArrayNode();
    for (ReviewDefect d : defects) {
      ObjectNode row = rows.addObject();
      row.put(DefectField.NUMBER, d.defectNo());
      row.put(DefectField.RAISED_BY, d.raisedBy());
      row.put(DefectField.LOCATION, d.location());
      row.put(DefectField.DESCRIPTION, d.description());
      row.put(DefectField.SEVERITY, d.severity());
      row.put(DefectField.PROMISED_FIX_DATE, d.promisedFixDate() == null ? null : d.promisedFixDate().toString());
      row.put(DefectField.VERIFIED, d.verified());
    }
    return Spin.JSON(rows.toString());
  }

  private static JsonNode tree(String field, Object value) {
    if (value == null) {
      return JSON.createArrayNode();
    }
    JsonNode node;
    try {
      if (value instanceof SpinJsonNode spin) {
        node = JSON.readTree(spin.toString());
      } else if (value instanceof String text) {
        node = text.isBlank() ? JSON.createArrayNode() : JSON.readTree(text);
      } else {
        node = JSON.valueToTree(value);
      }
    } catch (Exception e) {
      throw new BadInputException(field, "缺陷记录须为 JSON 数组 (a JSON array of rows)");
    }
    if (node == null || node.isNull()) {
      return JSON.createArrayNode();
    }
    if (!node.isArray()) {
      throw new BadInputException(field, "缺陷记录须为 JSON 数组 (a JSON array of rows)");
    }
    return node;
  }

  private static String text(JsonNode row, String name) {
    JsonNode value = row.get(name);
    return value == null || value.isNull() ? null : value.asText().trim();
  }
}
