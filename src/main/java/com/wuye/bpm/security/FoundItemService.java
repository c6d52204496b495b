package com.wuye.bpm.security;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;

/** Found items (§5.5.3): handover, owner notice or posting, claim with identity check, or disposal when unclaimed. */
@Service
public class FoundItemService {

  static final String NUMBER_PREFIX = "SW";
  static final int NUMBER_DIGITS = 5;

  private final FoundItemRepository items;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final SecurityProperties properties;
  private final Clock clock;

  FoundItemService(FoundItemRepository items, DocumentNumbers numbers, NoticeService notices,
      SecurityProperties properties, Clock clock) {
    this.items = items;
    this.numbers = numbers;
    this.notices = notices;
    this.properties = properties;
    this.clock = clock;
  }

  /** Signs for the item, once; it is kept for the configured retention period from now. */
  FoundItem register(FoundItemHandover handover, String processInstanceId, String receivedBy) {
    return items.findByProcessInstance(processInstanceId).orElseGet(() -> {
      handover.check().check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      OffsetDateTime now = now();
      items.insert(number, processInstanceId, handover, receivedBy, now, now.plus(properties.lostItemRetention()));
      return get(number);
    });
  }

  void notifyOwner(String number) {
    FoundItem item = get(number);
    items.ownerNotified(number, now());
    notices.issue(new Notice("found-item-owner", number, item.ownerPhone(), "sms", "失物认领通知",
        item.ownerName() + "您好，服务中心收到您遗失的物品（" + item.itemDescription() + "，编号 " + number + "），请于 "
            + item.retentionUntil().toLocalDate() + " 前携带有效证件到服务中心认领。"));
  }

  void posted(String number, String place) {
    FoundItem item = get(number);
    items.posted(number, place, now());
    notices.issue(new Notice("found-item-posting", number, place, "posting", "失物招领",
        "本处于 " + item.receivedAt().toLocalDate() + " 在" + item.foundPlace() + "拾获" + item.itemDescription()
            + "（编号 " + number + "），请失主于 " + item.retentionUntil().toLocalDate() + " 前携带有效证件到服务中心认领。"));
  }

  void claimed(String number, String name, String idNumber, String phone) {
    items.claimed(number, name, idNumber, phone, now());
  }

  void disposed(String number, String method, String note) {
    items.disposed(number, method, note, now());
  }

  void archive(String number) {
    if (get(number).outcome() == null) {
      throw new IllegalStateException("found item " + number + " reached the archive neither claimed nor disposed");
    }
    items.archive(number, now());
  }

  public FoundItem get(String number) {
    return items.findByNumber(number).orElseThrow(() -> new NotFoundException("失物", number));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
