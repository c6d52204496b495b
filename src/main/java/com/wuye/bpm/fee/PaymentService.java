package com.wuye.bpm.fee;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments of a bill (出纳收款). Payments of one household take turns on its unit's row lock; the one that
 * settles the bill correlates {@code FeePaid} in the same transaction, so a payment is recorded exactly when the
 * bill's escalation stops, and when the household then owes nothing its arrears case hears
 * {@code HouseholdPaidUp}. When the engine reports that a job of the same instance changed it meanwhile (optimistic
 * locking), the whole payment is tried again.
 */
@Service
public class PaymentService {

  private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

  private final FeeBillRepository bills;
  private final ArrearsCaseService arrears;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;
  private final FeeProperties properties;
  private final Clock clock;

  PaymentService(FeeBillRepository bills, ArrearsCaseService arrears, RuntimeService runtimeService,
      PlatformTransactionManager transactions, FeeProperties properties, Clock clock) {
    this.bills = bills;
    this.arrears = arrears;
    this.runtimeService = runtimeService;
    this.transaction = new TransactionTemplate(transactions);
    this.properties = properties;
    this.clock = clock;
  }

  /** The answer to a payment: the payment and the bill right after it; {@code repeated} for a known key. */
  public record Receipt(FeePayment payment, boolean repeated) {}

  public Receipt pay(String billNumber, PaymentRequest request, String idempotencyKey, String receivedBy) {
    request.check(idempotencyKey).check();
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> payOnce(billNumber, request, idempotencyKey, receivedBy));
      } catch (RuntimeException e) {
        if (!isConcurrentChange(e) || attempt >= properties.paymentAttempts()) {
          throw e;
        }
        log.info("payment {} for {}: concurrent change, attempt {} again", idempotencyKey, billNumber, attempt + 1);
      }
    }
  }

  /**
   * The engine's optimistic locking, or the database giving up one of two transactions (deadlock, serialization:
   * SQLSTATE class 40), which the engine may wrap in its own exception.
   */
  static boolean isConcurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
          || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40"))) {
        return true;
      }
    }
    return false;
  }

  private Receipt payOnce(String billNumber, PaymentRequest request, String key, String receivedBy) {
    long unitId = bills.lock(billNumber).orElseThrow(() -> new NotFoundException("账单", billNumber));
    var earlier = bills.paymentByKey(key);
    if (earlier.isPresent()) {
      if (!earlier.get().billNumber().equals(billNumber)) {
        throw new UnprocessableException("Idempotency-Key",
            "该 Idempotency-Key 已用于账单 " + earlier.get().billNumber() + " (key already used for another bill)");
      }
      return new Receipt(earlier.get(), true);
    }
    FeeBill bill = bills.find(billNumber).orElseThrow(() -> new NotFoundException("账单", billNumber));
    BigDecimal outstanding = bill.outstanding();
    if (request.amount().compareTo(outstanding) > 0) {
      throw new UnprocessableException("amount", "金额 " + request.amount().toPlainString() + " 超过未缴金额 "
          + outstanding.toPlainString() + " (more than the outstanding amount)");
    }
    bills.addPayment(bill, request.amount(), request.channel(), request.receiptNo().trim(), key, receivedBy,
        OffsetDateTime.now(clock));
    FeePayment payment = bills.paymentByKey(key).orElseThrow();
    if (payment.settled()) {
      runtimeService.createMessageCorrelation(FeeDunningProcess.FEE_PAID_MESSAGE)
          .processInstanceBusinessKey(billNumber).correlateAllWithResult();
      arrears.paymentSettled(unitId);
    }
    return new Receipt(payment, false);
  }
}
