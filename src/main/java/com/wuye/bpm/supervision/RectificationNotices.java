package com.wuye.bpm.supervision;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Rectification notices (整改通知书) and their follow-up, shared by the flows that find problems: a report drafts one
 * notice per problem; when the report is final the drafts are issued to their groups; at the deadline each open
 * notice is followed up; a notice still not rectified gets a second notice with a new deadline and a circular (通报)
 * (《物业公司品质管理部职责及管理目标》质量管理制度及质量检查标准 二（一）1 4)).
 */
@Service
public class RectificationNotices {

  static final String NUMBER_PREFIX = "ZGTZ";
  static final int NUMBER_DIGITS = 5;

  private final RectificationNoticeRepository repository;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final SupervisionProperties properties;
  private final Clock clock;

  RectificationNotices(RectificationNoticeRepository repository, DocumentNumbers numbers, NoticeService notices,
      SupervisionProperties properties, Clock clock) {
    this.repository = repository;
    this.numbers = numbers;
    this.notices = notices;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Replaces the drafts of a source (and subject, e.g. one project of an assessment; null for the whole record) by the
   * findings of its latest report: a rewritten report drafts again.
   */
  public void draft(String sourceKey, String processKey, String subject, List<String> problems, String group,
      LocalDate deadline) {
    draft(sourceKey, processKey, subject,
        problems.stream().map(p -> new RectificationNotice.Finding(subject, group, p, deadline)).toList());
  }

  /** As {@link #draft(String, String, String, List, String, LocalDate)}, each finding with its group and deadline. */
  public void draft(String sourceKey, String processKey, String subject, List<RectificationNotice.Finding> findings) {
    repository.deleteDrafts(sourceKey, subject);
    findings.forEach(f -> repository.insertDraft(sourceKey, processKey, f));
  }

  /** Issues the drafts of a source (once: a retry finds none left) and answers what is open and when it is due. */
  public FollowUp issueDrafts(String sourceKey) {
    for (long id : repository.draftIds(sourceKey)) {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      repository.issue(id, number, now());
      RectificationNotice n = repository.byNumber(number).orElseThrow();
      notices.issue(new Notice("rectification-notice", number, n.responsibleGroup(), "tasklist",
          "整改通知书 " + number, n.departmentName() + "：" + n.problem() + "。请于 " + n.deadline() + " 前完成整改。"));
    }
    return followUp(sourceKey);
  }

  /**
   * Takes a notice into a follow-up task, when the task is created; the task is how its completion finds the notice
   * again, whatever variables the completion carries.
   */
  public RectificationNotice assignFollowUp(String sourceKey, String number, String taskId) {
    RectificationNotice notice = openNotice(sourceKey, number);
    repository.assignFollowUp(number, taskId);
    return notice;
  }

  /** Records what the follow-up found; refused (nothing written) unless the task's notice is open. */
  public RectificationNotice recordFollowUp(String sourceKey, String taskId, boolean rectified, String note,
      String by) {
    RectificationNotice notice = repository.byFollowUpTask(taskId)
        .filter(n -> n.sourceKey().equals(sourceKey))
        .orElseThrow(() -> new UnprocessableException("noticeNumber", "这项跟踪检查没有对应的整改通知书"));
    if (!repository.followUp(notice.number(), rectified, by, note, now())) {
      throw new UnprocessableException("noticeNumber", "整改通知书 " + notice.number() + " 已经整改完成");
    }
    return repository.byNumber(notice.number()).orElseThrow();
  }

  /**
   * After a round of follow-ups: every notice still open gets a second notice with a new deadline and a circular;
   * answers what is open and when it is due again.
   */
  public FollowUp review(String sourceKey) {
    LocalDate deadline = LocalDate.now(clock).plusDays(properties.recheckDays());
    for (RectificationNotice n : repository.open(sourceKey)) {
      repository.renotice(n.number(), deadline);
      int round = n.round() + 1;
      notices.issue(new Notice("rectification-renotice-" + round, n.number(), n.responsibleGroup(), "tasklist",
          "再次整改通知 " + n.number(), n.departmentName() + "：" + n.problem() + "。经复查未完成整改，请于 "
              + deadline + " 前完成。"));
      notices.issue(new Notice("rectification-circular-" + round, n.number(), StaffGroup.QUALITY_CENTER.id(),
          "tasklist", "整改未完成通报", "整改通知书 " + n.number() + "（" + n.departmentName() + "）复查未完成整改："
              + n.problem()));
    }
    return followUp(sourceKey);
  }

  public List<RectificationNotice> of(String sourceKey) {
    return repository.of(sourceKey);
  }

  public RectificationNotice get(String number) {
    return repository.byNumber(number).orElseThrow(() -> new NotFoundException("整改通知书", number));
  }

  /** The subjects (e.g. an assessment's projects) of a source whose notices needed a second notice. */
  public List<String> subjectsNotRectifiedInTime(String sourceKey) {
    return repository.subjectsRenoticed(sourceKey);
  }

  private FollowUp followUp(String sourceKey) {
    List<RectificationNotice> open = repository.open(sourceKey);
    LocalDate last = open.stream().map(RectificationNotice::deadline).max(Comparator.naturalOrder())
        .orElse(LocalDate.now(clock));
    // followed up on the morning after the last deadline
    OffsetDateTime due = last.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    return new FollowUp(open.stream().map(RectificationNotice::number).toList(), due);
  }

  private RectificationNotice openNotice(String sourceKey, String number) {
    return repository.byNumber(number)
        .filter(n -> n.sourceKey().equals(sourceKey) && n.state().equals("OPEN"))
        .orElseThrow(() -> new UnprocessableException("noticeNumber", "整改通知书 " + number + " 不是本案未整改的通知书"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** The notices still open and when they are followed up next. */
  public record FollowUp(List<String> openNotices, OffsetDateTime dueAt) {
    public boolean anyOpen() {
      return !openNotices.isEmpty();
    }
  }
}
