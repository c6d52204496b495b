package com.wuye.bpm.fee;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A payment message (FeePaid, HouseholdPaidUp) for money that has not been paid: the delegate that would settle
 * refuses, the message's transaction is rolled back, so the case stays where it was, and the engine's REST API
 * answers 400.
 */
public class NotPaidException extends BadUserRequestException {

  NotPaidException(String message) {
    super(message);
  }

  static NotPaidException bill(String billNumber) {
    return new NotPaidException("账单 " + billNumber + " 尚未缴清，不能销案 (the bill is not paid in full)");
  }

  static NotPaidException household(String caseNumber, String periods) {
    return new NotPaidException("欠费案件 " + caseNumber + " 的住户仍欠 " + periods
        + "，不能结案或恢复服务 (the household still owes)");
  }
}
