package com.wuye.bpm.fee;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.engine.StaffGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bills for the cashier and the payment channels: their state, and payments with an Idempotency-Key. */
@RestController
@RequestMapping("/api/bills")
class FeeBillController {

  private final FeeBillService bills;
  private final ArrearsCaseService arrears;
  private final PaymentService payments;

  FeeBillController(FeeBillService bills, ArrearsCaseService arrears, PaymentService payments) {
    this.bills = bills;
    this.arrears = arrears;
    this.payments = payments;
  }

  /** 201 with the bill after the payment; a repeated Idempotency-Key gets the first answer again. */
  @PostMapping("/{number}/payments")
  ResponseEntity<PaymentView> pay(@PathVariable String number, @RequestBody PaymentRequest payment,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
    ApiUser user = ApiUser.of(request).requireAnyGroup(StaffGroup.FINANCE.id(), StaffGroup.CUSTOMER_SERVICE.id());
    PaymentService.Receipt receipt = payments.pay(number, payment, idempotencyKey, user.id());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/bills/" + number + "/payments/" + receipt.payment().id()))
        .header("Idempotent-Replayed", String.valueOf(receipt.repeated()))
        .body(PaymentView.of(receipt.payment()));
  }

  /** A bill with its letters, payments and its household's arrears case: for finance, customer service, managers. */
  @GetMapping("/{number}")
  BillView show(@PathVariable String number, HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(StaffGroup.FINANCE.id(), StaffGroup.CUSTOMER_SERVICE.id(),
        StaffGroup.GENERAL_MANAGER.id(), StaffGroup.MANAGERS.id());
    FeeBill bill = bills.get(number);
    Optional<ArrearsCase> arrearsCase = arrears.of(bill);
    return new BillView(bill.number(), bill.unitCode(), bill.ownerName(), bill.period(), bill.amount(),
        bill.paidAmount(), bill.outstanding(), bill.stage().id(), bill.stage().chineseName(), bill.paidAt(),
        bill.settledAt(), bills.notices(bill), bills.payments(bill).stream().map(PaymentView::of).toList(),
        arrearsCase.map(c -> new CaseView(c.number(), c.status().id(), c.status().chineseName(), c.openedAt(),
            c.closedAt())).orElse(null),
        arrearsCase.map(arrears::suspensions).orElseGet(() -> bills.suspensions(bill)));
  }

  record PaymentView(long id, String billNumber, BigDecimal amount, String channel, String receiptNo,
      OffsetDateTime paidAt, BigDecimal paid, BigDecimal outstanding, boolean settled) {

    static PaymentView of(FeePayment p) {
      return new PaymentView(p.id(), p.billNumber(), p.amount(), p.channel(), p.receiptNo(), p.paidAt(),
          p.paidAfter(), p.outstandingAfter(), p.settled());
    }
  }

  record BillView(String number, String unit, String ownerName, String period, BigDecimal amount, BigDecimal paid,
      BigDecimal outstanding, String stage, String stageName, OffsetDateTime paidAt, OffsetDateTime settledAt,
      List<DunningNotice> notices, List<PaymentView> payments, CaseView arrearsCase,
      List<ServiceSuspension> suspensions) {}

  /** The household's arrears case the bill joined after its letters. */
  record CaseView(String number, String status, String statusName, OffsetDateTime openedAt,
      OffsetDateTime closedAt) {}
}
