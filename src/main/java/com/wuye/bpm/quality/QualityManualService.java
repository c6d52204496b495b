package com.wuye.bpm.quality;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A quality manual (质量管理手册, §5.3) through its writing: registered, the writing departments set, every draft and
 * revision kept as a version, approved by the GM, archived and released under its version label.
 */
@Service
public class QualityManualService {

  static final String NUMBER_PREFIX = "SC";
  static final int NUMBER_DIGITS = 4;

  private final QualityManualRepository manuals;
  private final DocumentNumbers numbers;
  private final Clock clock;

  QualityManualService(QualityManualRepository manuals, DocumentNumbers numbers, Clock clock) {
    this.manuals = manuals;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** Registers the manual of a process instance once; a retry returns the manual already registered. */
  public QualityManual register(String title, String version, String consultant, String processInstanceId,
      String startedBy) {
    return manuals.findByProcessInstance(processInstanceId).orElseGet(() -> {
      new FieldRules().text(QualityManualProcess.Var.MANUAL_TITLE, title, 100)
          .text(QualityManualProcess.Var.MANUAL_VERSION, version, 20)
          .text(QualityManualProcess.Var.CONSULTANT, consultant, 100).check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      manuals.insert(number, processInstanceId, title, version, consultant, startedBy, now());
      return get(number);
    });
  }

  public void setWritingGroups(String number, String groups) {
    manuals.writingGroups(number, groups);
  }

  /** Keeps a draft or revision as the next version (0.1, 0.2, ...), once per task. */
  public void addDraftVersion(String number, String taskId, String stage, String note, String by) {
    QualityManual manual = get(number);
    manuals.addVersion(manual.id(), taskId, "0." + (manuals.versionCount(manual.id()) + 1), stage, note, by, now());
  }

  public void approve(String number, String taskId, String note, String by) {
    QualityManual manual = get(number);
    manuals.approved(number, by, now());
    manuals.addVersion(manual.id(), taskId, manual.versionLabel(), QualityManualProcess.APPROVED, note, by, now());
  }

  public void archive(String number, String location, LocalDate effectiveDate) {
    manuals.archive(number, location, effectiveDate);
  }

  /** The archived manual becomes the controlled version under its label; kept once in the history. */
  public void release(String number) {
    QualityManual manual = get(number);
    manuals.addVersion(manual.id(), "release:" + number, manual.versionLabel(), QualityManualProcess.RELEASED,
        "存档于 " + manual.archiveLocation() + "，" + manual.effectiveDate() + " 起生效", null, now());
    manuals.released(number);
  }

  public QualityManual get(String number) {
    return manuals.findByNumber(number).orElseThrow(() -> new NotFoundException("质量手册", number));
  }

  List<ManualVersion> versions(QualityManual manual) {
    return manuals.versions(manual.id());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
