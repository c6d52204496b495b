package com.wuye.bpm.engine;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.UnprocessableException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine's REST API answers a delegate's or a task listener's refusal of the input ({@link BadInputException},
 * {@link UnprocessableException}: "field: reason") with 400 naming the field, as {@code /api} does, instead of 500:
 * for a request that came in through the engine's REST API ({@link EngineRestRequests#active()}), a command failing
 * with such a refusal (also wrapped, as the engine wraps what a task listener throws) fails with the engine's form
 * validation exception, which the REST API's start, submit-form and complete answer with 400 and its message. The
 * transaction is rolled back as before. Java callers (the application's own {@code /api}, tests) get the exception
 * the delegate threw, unchanged.
 */
final class RefusedInput extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (FormFieldValidationException alreadyTranslated) {
      throw alreadyTranslated;
    } catch (RuntimeException failure) {
      RuntimeException refusal = refusal(failure);
      if (refusal == null || !EngineRestRequests.active()) {
        throw failure;
      }
      throw new FormFieldValidationException(refusal instanceof BadInputException bad ? bad.errors() : null,
          refusal.getMessage(), failure);
    }
  }

  private static RuntimeException refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BadInputException || cause instanceof UnprocessableException) {
        return (RuntimeException) cause;
      }
    }
    return null;
  }
}
