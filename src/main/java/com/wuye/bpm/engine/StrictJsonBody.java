package com.wuye.bpm.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.wuye.bpm.api.FieldRules;
import java.io.IOException;

/** The rules of {@code /api}'s JSON (api/StrictJson) for the engine's REST API, which has its own reader. */
final class StrictJsonBody {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private StrictJsonBody() {}

  /** Why the body is refused, or null. */
  static String refusal(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(body)) {
      int depth = 0;
      JsonToken token;
      boolean seenValue = false;
      while ((token = parser.nextToken()) != null) {
        if (seenValue && depth == 0) {
          return "data after the JSON value";
        }
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME, VALUE_STRING -> {
            if (FieldRules.hasControlCharacter(parser.getText())) {
              return parser.getParsingContext().pathAsPointer() + " " + "control characters are not allowed";
            }
          }
          default -> { }
        }
        seenValue = depth == 0;
      }
      return null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
      return malformed.getOriginalMessage();
    } catch (IOException unreadable) {
      return "unreadable body";
    }
  }
}
