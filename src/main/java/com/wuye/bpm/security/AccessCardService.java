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

  /** The owner signed for the card: it opens the gates from now on. */
  void issued(String number) {
    cards.issued(number, now());
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
