package com.wuye.bpm.security;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.engine.StaffGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Access cards for the front desk and the gates: look a card up, report it lost (deactivates it at once). */
@RestController
@RequestMapping("/api/access-cards")
class AccessCardController {

  private final AccessCardService cards;

  AccessCardController(AccessCardService cards) {
    this.cards = cards;
  }

  @GetMapping("/{number}")
  AccessCardView show(@PathVariable String number, HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(StaffGroup.CUSTOMER_SERVICE.id(), StaffGroup.SECURITY.id(),
        StaffGroup.SECURITY_SUPERVISOR.id());
    return AccessCardView.of(cards.get(number));
  }

  /** The owner (or whoever calls the front desk) reports the card lost: 200 with the deactivated card. */
  @PostMapping("/{number}/lost")
  AccessCardView reportLost(@PathVariable String number, @RequestBody(required = false) LostReport report,
      HttpServletRequest request) {
    ApiUser user = ApiUser.of(request).requireAnyGroup(StaffGroup.CUSTOMER_SERVICE.id(), StaffGroup.SECURITY.id(),
        StaffGroup.SECURITY_SUPERVISOR.id());
    LostReport lost = report == null ? new LostReport(null, null) : report;
    FieldRules rules = new FieldRules().text("reportedBy", lost.reportedBy(), 50);
    if (lost.note() != null && lost.note().length() > 500) {
      rules.reject("note", "不能超过 500 个字符 (at most 500 characters)");
    }
    rules.check();
    return AccessCardView.of(cards.reportLost(number, lost.reportedBy().trim(), lost.note(), user.id()));
  }

  /** Who reported the card lost, and how it was lost. */
  record LostReport(String reportedBy, String note) {}

  /** A card as the API shows it. */
  record AccessCardView(String number, String status, String statusName, String holderName, String unit,
      String holderType, String paymentKind, BigDecimal amount, OffsetDateTime issuedAt, OffsetDateTime lostReportedAt,
      String lostReportedBy) {

    static AccessCardView of(AccessCard c) {
      return new AccessCardView(c.number(), c.status().name(), c.status().chineseName(), c.holderName(), c.unit(),
          c.holderType(), c.paymentKind(), c.amount(), c.issuedAt(), c.lostReportedAt(), c.lostReportedBy());
    }
  }
}
