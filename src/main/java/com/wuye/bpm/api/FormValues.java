package com.wuye.bpm.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a form or a REST call submitted, whatever shape it arrived in (Tasklist submits simple values untyped:
 * a number or a date as text, a checkbox as "true"; objects and lists as JSON), and collects what is wrong in its
 * {@link FieldRules}, so that one answer names every field at fault. The {@code required...} readers also reject
 * an absent value; the others answer null for it.
 */
public final class FormValues {

  /** The codes and words of an approval radio group (批准 / 驳回), the reason required with 驳回. */
  public static final Map<String, String> APPROVAL = Map.of("approve", "批准", "reject", "驳回");
  public static final String REJECT = "reject";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WRONG_FORMAT = "格式不正确 (wrong format)";

  private final Function<String, Object> source;
  private final FieldRules rules;

  private FormValues(Function<String, Object> source, FieldRules rules) {
    this.source = source;
    this.rules = rules;
  }

  /** The variables of a task, an execution or any other scope. */
  public static FormValues of(VariableScope scope) {
    return new FormValues(scope::getVariable, new FieldRules());
  }

  public static FormValues of(Map<String, ?> values) {
    return new FormValues(values::get, new FieldRules());
  }

  public FieldRules rules() {
    return rules;
  }

  /** Throws {@link BadInputException} naming every field at fault, if there is one. */
  public void check() {
    rules.check();
  }

  /**
   * Trimmed text, or null when absent or blank. A number, a boolean, a list or an object where text is expected is
   * refused (a form's text field always submits text; anything else came from a client that did not use the form).
   */
  public String text(String name) {
    Object value = source.apply(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof CharSequence)) {
      rules.reject(name, "应为文字 (text expected)");
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  public String requiredText(String name, int maxLength) {
    String text = text(name);
    rules.text(name, text, maxLength);
    return text;
  }

  public String optionalText(String name, int maxLength) {
    String text = text(name);
    if (text != null && text.length() > maxLength) {
      rules.text(name, text, maxLength);
    }
    return text;
  }

  /** One of the allowed codes (a select or radio group); required. */
  public String choice(String name, Set<String> allowed) {
    String text = text(name);
    rules.present(name, text).oneOf(name, text, allowed);
    return text != null && allowed.contains(text) ? text : null;
  }

  /** A checkbox or a yes/no choice: true, false, or null when absent. */
  public Boolean flag(String name) {
    Object value = source.apply(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    String text = value.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.valueOf(text);
    }
    rules.reject(name, "应为是或否 (true or false)");
    return null;
  }

  public Boolean requiredFlag(String name) {
    Boolean flag = flag(name);
    if (flag == null && !rules.hasError(name)) {
      rules.present(name, null);
    }
    return flag;
  }

  /** A checkbox that counts as unticked when absent. */
  public boolean ticked(String name) {
    return Boolean.TRUE.equals(flag(name));
  }

  public Integer integer(String name) {
    Object value = source.apply(name);
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).intValue();
    }
    BigDecimal number = number(name, value);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      rules.reject(name, "应为整数 (a whole number)");
      return null;
    }
  }

  public Integer requiredInteger(String name) {
    Integer value = integer(name);
    if (value == null && !rules.hasError(name)) {
      rules.present(name, null);
    }
    return value;
  }

  /** A decimal with at most {@code scale} decimals (money: 2), returned with that scale. */
  public BigDecimal decimal(String name, int scale) {
    BigDecimal number = number(name, source.apply(name));
    if (number == null) {
      return null;
    }
    if (number.stripTrailingZeros().scale() > scale) {
      rules.reject(name, "最多 " + scale + " 位小数 (at most " + scale + " decimals)");
      return null;
    }
    return number.setScale(scale);
  }

  public BigDecimal requiredDecimal(String name, int scale) {
    BigDecimal value = decimal(name, scale);
    if (value == null && !rules.hasError(name)) {
      rules.present(name, null);
    }
    return value;
  }

  /** A date, from "2027-03-02", a date with a time ("2027-03-02T10:00", the time ignored) or a Date. */
  public LocalDate date(String name) {
    LocalDateTime dateTime = dateTime(name);
    return dateTime == null ? null : dateTime.toLocalDate();
  }

  public LocalDate requiredDate(String name) {
    LocalDate value = date(name);
    if (value == null && !rules.hasError(name)) {
      rules.present(name, null);
    }
    return value;
  }

  /**
   * A date and time: "2027-03-02T10:00[:00]", with an offset or a zone ("...Z", "+08:00": converted to the system
   * zone), or a Date; a date alone means its start.
   */
  public LocalDateTime dateTime(String name) {
    Object value = source.apply(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
    String text = value.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay();
      }
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException noZone) {
        return OffsetDateTime.parse(text).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
      }
    } catch (DateTimeParseException e) {
      rules.reject(name, "日期格式应为 2027-03-02 或 2027-03-02T10:00 (a date)");
      return null;
    }
  }

  public LocalDateTime requiredDateTime(String name) {
    LocalDateTime value = dateTime(name);
    if (value == null && !rules.hasError(name)) {
      rules.present(name, null);
    }
    return value;
  }

  /** A time of day ("08:30"). */
  public LocalTime time(String name) {
    String text = text(name);
    try {
      return text == null ? null : LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      rules.reject(name, "时间格式应为 08:30 (a time)");
      return null;
    }
  }

  /**
   * The ticked values of a checklist or taglist: from a list, a JSON array in text, or text separated by commas;
   * empty when absent.
   */
  public List<String> checklist(String name) {
    Object value = source.apply(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> items) {
      return items.stream().filter(item -> item != null).map(item -> item.toString().strip())
          .filter(item -> !item.isEmpty()).toList();
    }
    String text = value.toString().strip();
    if (text.startsWith("[")) {
      try {
        return checklistOf(name, JSON.readValue(text, List.class));
      } catch (JsonProcessingException e) {
        rules.reject(name, WRONG_FORMAT);
        return List.of();
      }
    }
    return Arrays.stream(text.split("[,，]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
  }

  /** The ticked values, each of which must be one of {@code allowed}. */
  public List<String> checklist(String name, Set<String> allowed) {
    List<String> items = checklist(name);
    items.forEach(item -> rules.oneOf(name, item, allowed));
    return items;
  }

  /** An approval radio group ({@link #APPROVAL}): 批准, or 驳回 with its reason in {@code reasonField}. */
  public String approval(String name, String reasonField, int maxLength) {
    return choiceWithReason(name, APPROVAL, REJECT, reasonField, maxLength);
  }

  /**
   * An explicit choice (批准 / 驳回, 合格 / 不合格 ...) whose one answer {@code reasonRequiredFor} needs a reason in
   * {@code reasonField}; returns the step's note: the chosen label, with the reason after that answer (a reason
   * left over from an earlier round of the same task does not follow another answer).
   *
   * @param labels the allowed codes and the words staff read for them
   */
  public String choiceWithReason(String name, Map<String, String> labels, String reasonRequiredFor,
      String reasonField, int maxLength) {
    String chosen = choice(name, labels.keySet());
    if (!reasonRequiredFor.equals(chosen)) {
      optionalText(reasonField, maxLength);
      return chosen == null ? null : labels.get(chosen);
    }
    return labels.get(chosen) + "：" + requiredText(reasonField, maxLength);
  }

  private List<String> checklistOf(String name, List<?> items) {
    if (items.stream().anyMatch(item -> !(item instanceof String))) {
      rules.reject(name, WRONG_FORMAT);
      return List.of();
    }
    return items.stream().map(item -> ((String) item).strip()).filter(item -> !item.isEmpty()).toList();
  }

  private BigDecimal number(String name, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof Boolean) {
      rules.reject(name, "应为数字 (a number)");
      return null;
    }
    String text = value.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      rules.reject(name, "应为数字 (a number)");
      return null;
    }
  }
}
