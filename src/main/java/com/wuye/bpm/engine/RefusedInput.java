package com.wuye.bpm.engine;

import com.wuye.bpm.api.BadInputException;
import jakarta.ws.rs.core.Response;
import com.wuye.bpm.api.UnprocessableException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;


/**
 * The engine's REST API answers a delegate's or a task listener's refusal of the input ({@link BadInputException},
 * {@link UnprocessableException}: "field: reason") with 400 naming the field, as {@code /api} does, instead of 500:
 * for a request that came in through the engine's REST API ({@link EngineRestRequests#active()}), a command failing
 * with such a refusal (also wrapped, as the engine wraps what a task listener throws) fails with the REST API's own
 * "invalid request" (400), which its start, submit-form and complete pass on with their message ("Cannot complete
 * task ...: field: reason"); every other way the engine's exceptions reach the REST API answers 500. Thrown after
 * the command's transaction was rolled back, as before. Java callers (the application's own {@code /api}, tests)
 * get the exception the delegate threw, unchanged.
 */
final class RefusedInput extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException failure) {
      RuntimeException refusal = refusal(failure);
      if (refusal == null || !EngineRestRequests.active()) {
        throw failure;
      }
      throw new InvalidRequestException(Response.Status.BAD_REQUEST, failure, refusal.getMessage());
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
