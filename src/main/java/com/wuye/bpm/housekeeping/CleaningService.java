package com.wuye.bpm.housekeeping;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Cleaning management (《物业品质管理手册》 §5.6): the versions of the cleaning regulations and the daily checks
 * against them. Each step checks that its record is where the step expects it and refuses (422, nothing written)
 * otherwise.
 */
@Service
public class CleaningService {

  static final String REGULATIONS_PREFIX = "BJ";
  static final int REGULATIONS_DIGITS = 4;
  static final String CHECK_PREFIX = "BJJC";
  static final int CHECK_DIGITS = 6;

  private final CleaningRepository cleaning;
  private final DocumentNumbers numbers;
  private final Clock clock;

  CleaningService(CleaningRepository cleaning, DocumentNumbers numbers, Clock clock) {
    this.cleaning = cleaning;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** Registers the draft of a process instance and gives it its number, once. */
  CleaningRegulations register(RegulationsDraft draft, String processInstanceId, String draftedBy) {
    return cleaning.findRegulationsOfInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(REGULATIONS_PREFIX, REGULATIONS_DIGITS);
      cleaning.insertRegulations(number, processInstanceId, draft, draftedBy, now());
      return regulations(number);
    });
  }

  /** The version the draft will have when it comes into force (today's version + 1). */
  int nextVersion() {
    return cleaning.latestVersion() + 1;
  }

  void revised(String number, String content) {
    if (!cleaning.revised(number, content)) {
      throw refused(regulations(number));
    }
  }

  void withdrawn(String number, String reason) {
    if (!cleaning.withdrawn(number, reason)) {
      throw refused(regulations(number));
    }
  }

  /** The approved draft comes into force with the next version number; the version in force is superseded. */
  CleaningRegulations putInForce(String number) {
    CleaningRegulations draft = regulations(number);
    if (draft.status() != RegulationsStatus.DRAFT) {
      throw refused(draft);
    }
    OffsetDateTime now = now();
    cleaning.findInForce().ifPresent(current -> cleaning.superseded(current.number(), number, now));
    if (!cleaning.inForce(number, nextVersion(), now)) {
      throw refused(draft);
    }
    return regulations(number);
  }

  void studied(String number, LocalDate studiedOn, int attendees, String note) {
    if (!cleaning.studied(number, studiedOn, attendees, note)) {
      throw refused(regulations(number));
    }
  }

  /** Opens the check of the day of a process instance, once; it is held against the regulations in force. */
  DailyCleaningCheck openDailyCheck(String processInstanceId) {
    return cleaning.findCheckOfInstance(processInstanceId).orElseGet(() -> {
      LocalDate today = LocalDate.now(clock);
      if (cleaning.findCheckOn(today).isPresent()) {
        throw new UnprocessableException("checkDate", today + " 的保洁检查已开启 (the day's check is open already)");
      }
      String number = numbers.next(CHECK_PREFIX, CHECK_DIGITS);
      cleaning.insertCheck(number, processInstanceId, today,
          cleaning.findInForce().map(CleaningRegulations::number).orElse(null));
      return dailyCheck(number);
    });
  }

  void selfChecked(String number, String areas, String result, String problems, String by) {
    if (!cleaning.selfChecked(number, areas, result, problems, by)) {
      throw refused(dailyCheck(number));
    }
  }

  void improved(String number, String improvement, String by) {
    if (!cleaning.improved(number, improvement, by)) {
      throw refused(dailyCheck(number));
    }
  }

  void preShiftChecked(String number, int staffPresent, String appearanceAndTools, String meetingNotes,
      String ownerSuggestions, String by) {
    if (!cleaning.preShiftChecked(number, staffPresent, appearanceAndTools, meetingNotes, ownerSuggestions, by)) {
      throw refused(dailyCheck(number));
    }
  }

  void closed(String number) {
    if (!cleaning.closed(number, now())) {
      throw refused(dailyCheck(number));
    }
  }

  public CleaningRegulations regulations(String number) {
    return cleaning.findRegulations(number).orElseThrow(() -> new NotFoundException("保洁管理制度", number));
  }

  public List<CleaningRegulations> allRegulations() {
    return cleaning.findAllRegulations();
  }

  public DailyCleaningCheck dailyCheck(String number) {
    return cleaning.findCheck(number).orElseThrow(() -> new NotFoundException("保洁日常检查", number));
  }

  public List<DailyCleaningCheck> dailyChecks(LocalDate from, LocalDate to) {
    return cleaning.findChecks(from, to);
  }

  private static UnprocessableException refused(CleaningRegulations regulations) {
    return new UnprocessableException("regulationsNumber", "保洁管理制度 " + regulations.number() + " 状态为“"
        + regulations.status().chineseName() + "”，不能办理这一步 (the regulations are not at this step)");
  }

  private static UnprocessableException refused(DailyCleaningCheck check) {
    return new UnprocessableException("checkNumber", "保洁检查 " + check.number() + " 状态为“"
        + check.status().chineseName() + "”，这一步已办理或不该办理 (the check is not at this step)");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
