package com.wuye.bpm.security;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;

/** Owners' access cards (§5.5.1): application, card number, signature, archiving, and lost cards. */
@Service
public class AccessCardService {

  static final String NUMBER_PREFIX = "MJ";
  static final int NUMBER_DIGITS = 5;

  private final AccessCardRepository cards;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  AccessCardService(AccessCardRepository cards, DocumentNumbers numbers, NoticeService notices, Clock clock) {
    this.cards = cards;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /** Registers the card of a process instance and gives it its number, once. */
  AccessCard register(AccessCardApplication application, String processInstanceId, String appliedBy) {
    return cards.findByProcessInstance(processInstanceId).orElseGet(() -> {
      application.check().check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      cards.insert(number, processInstanceId, application, appliedBy, now());
      return get(number);
    });
  }

  /** Identity confirmed, documents complete, fee or deposit taken (§5.5.1 节点1、2): the card awaits the signature. */
  void documentsComplete(String number, AccessCardPayment payment) {
    if (!cards.documentsComplete(number, payment)) {
      throw wrongState(number, "资料已检查过");
    }
  }

  /** The documents are incomplete: they go back to the owner (§5.5.1 节点1), and are checked again later. */
  void documentsReturned(String number, String missing) {
    if (!cards.documentsReturned(number, missing)) {
      throw wrongState(number, "资料已检查过");
    }
  }

  void documentsSupplemented(String number, String note) {
    cards.documentsSupplemented(number, note);
  }

  private UnprocessableException wrongState(String number, String why) {
    return new UnprocessableException(AccessCardProcess.Var.CARD_NUMBER, "出入证 " + number + " 的状态为“"
        + get(number).status().chineseName() + "”，" + why + " (the card is not in the state this step needs)");
  }

  /** The owner signed for the card: it opens the gates from now on. */
  void issued(String number) {
    if (!cards.issued(number, now())) {
      throw wrongState(number, "不能签字领证");
    }
  }

  void copiesArchived(String number, String fileNumber) {
    cards.copiesArchived(number, fileNumber);
  }

  void registerArchived(String number, String fileNumber) {
    cards.registerArchived(number, fileNumber);
  }

  /**
   * Deactivates a card reported lost and tells the guards. Reporting a card already lost again changes nothing;
   * a card not yet signed for cannot be reported lost (422).
   */
  public AccessCard reportLost(String number, String reportedBy, String note, String recordedBy) {
    AccessCard card = get(number);
    if (card.status() == AccessCardStatus.LOST) {
      return card;
    }
    if (!cards.lost(number, reportedBy, note, recordedBy, now())) {
      throw new UnprocessableException("number", "出入证 " + number + " 状态为“" + card.status().chineseName()
          + "”，不能挂失 (only an active card can be reported lost)");
    }
    notices.issue(new Notice("access-card-lost", number, StaffGroup.SECURITY.id(), "tasklist", "出入证挂失：" + number,
        "出入证 " + number + "（" + card.holderName() + "，" + card.unit() + "）已挂失停用，请各岗位留意持此证者。"));
    return get(number);
  }

  public AccessCard get(String number) {
    return cards.findByNumber(number).orElseThrow(() -> new NotFoundException("出入证", number));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
