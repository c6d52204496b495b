package com.wuye.bpm.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@code /api} reads JSON: strictly, so that what a careless or hostile client sends is refused with 400 naming
 * the field ({@link ApiProblemHandler}) before anything is written:
 * <ul>
 *   <li>an object with the same key twice (which value would count?);</li>
 *   <li>anything after the JSON value ({@code {...}{...}}, {@code {...} trailing});</li>
 *   <li>a number or boolean where text is expected and text where a number or boolean is expected
 *       ({@code "urgent":"false"}, {@code "count":"3"}, {@code "phone":13700137000}), and empty text for a
 *       number; money ({@code BigDecimal}) may be text ({@code "amount":"50.50"}), which keeps its decimals exact;</li>
 *   <li>control characters in text (NUL, escape sequences: {@link FieldRules#hasControlCharacter}).</li>
 * </ul>
 */
@Configuration
class StrictJson {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
    return builder -> builder
        .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .postConfigurer(mapper -> {
          for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
          }
          mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
          // money may come as text ("50.50"), as till systems send it to keep its decimals exact
          mapper.coercionConfigFor(java.math.BigDecimal.class)
              .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        });
  }

  /** A module bean: Spring Boot adds it to the modules it installs. */
  @Bean
  SimpleModule strictText() {
    return new SimpleModule("strict-text").addDeserializer(String.class, new StrictText());
  }

  /** Text only from a JSON string, without control characters. */
  static final class StrictText extends StdScalarDeserializer<String> {

    StrictText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (String) context.handleUnexpectedToken(String.class, parser);
      }
      String text = parser.getText();
      if (FieldRules.hasControlCharacter(text)) {
        throw context.weirdStringException(text, String.class, FieldRules.CONTROL_CHARACTER);
      }
      return text;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }
  }
}
