package com.wuye.bpm.api;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of {@code /api/**} as {@code application/problem+json}, naming the fields at fault. */
@RestControllerAdvice(basePackages = "com.wuye.bpm")
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(BadInputException.class)
  ProblemDetail badInput(BadInputException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("输入有误 (bad input)");
    withFields(problem, e.errors());
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("不存在 (not found)");
    return problem;
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("无权操作 (forbidden)");
    return problem;
  }

  @ExceptionHandler(UnprocessableException.class)
  ProblemDetail unprocessable(UnprocessableException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setTitle("无法办理 (unprocessable)");
    if (e.field() != null) {
      withFields(problem, List.of(new BadInputException.FieldError(e.field(), e.getMessage())));
    }
    return problem;
  }

  /** Malformed JSON, or a value of the wrong type: name the field where Jackson knows it. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("无法读取的请求 (malformed request body)");
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      String reason = String.valueOf(mapping.getOriginalMessage()).contains(FieldRules.CONTROL_CHARACTER)
          ? FieldRules.CONTROL_CHARACTER : "取值类型不正确 (wrong type or format)";
      problem.setDetail(field + ": " + reason);
      withFields(problem, List.of(new BadInputException.FieldError(field, reason)));
    } else if (e.getCause() instanceof StreamReadException malformed) {
      // e.g. a key given twice, data after the object: the parser's own words, without the body
      problem.setDetail("请求体不是有效的 JSON (the body is not valid JSON): " + malformed.getOriginalMessage());
    } else {
      problem.setDetail("请求体不是有效的 JSON (the body is not valid JSON)");
    }
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static void withFields(ProblemDetail problem, List<BadInputException.FieldError> errors) {
    problem.setProperty("field", errors.get(0).field());
    problem.setProperty("errors", errors.stream()
        .map(error -> Map.of("field", error.field(), "reason", error.reason())).toList());
  }
}
