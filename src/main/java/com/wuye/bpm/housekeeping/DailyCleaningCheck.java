package com.wuye.bpm.housekeeping;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One day's cleaning check (《物业品质管理手册》 §5.6 节点4、5): the cleaners' self-check and its improvement, the
 * supervisor's pre-shift check and meeting, and the owners' suggestions heard.
 *
 * @param regulationsNumber the regulations in force that day, if any
 */
public record DailyCleaningCheck(String number, String processInstanceId, LocalDate checkDate,
    String regulationsNumber, DailyCheckStatus status, String checkedAreas, String selfCheckResult,
    String selfCheckProblems, String selfCheckedBy, String improvement, String improvedBy, Integer staffPresent,
    String appearanceAndTools, String meetingNotes, String ownerSuggestions, String preShiftBy,
    OffsetDateTime closedAt) {}
