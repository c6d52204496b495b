package com.wuye.bpm.supervision;

import static com.wuye.bpm.supervision.QualityInspection.State.APPROVED;
import static com.wuye.bpm.supervision.QualityInspection.State.CLOSED;
import static com.wuye.bpm.supervision.QualityInspection.State.INSPECTED;
import static com.wuye.bpm.supervision.QualityInspection.State.OPENED;
import static com.wuye.bpm.supervision.QualityInspection.State.PLANNED;
import static com.wuye.bpm.supervision.QualityInspection.State.REPORTED;
import static com.wuye.bpm.supervision.QualityInspection.State.SAMPLED;
import static com.wuye.bpm.supervision.QualityInspection.State.TEAM_FORMED;
import static com.wuye.bpm.supervision.QualityInspection.State.VISITED;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * A quality inspection (物业管理质量检查, 《物业公司品质管理部职责及管理目标》物业管理质量检查管理程序) through its steps. Every
 * step writes only when the inspection is in the state that step follows; otherwise it is refused and writes nothing.
 */
@Service
public class QualityInspectionService {

  static final String NUMBER_PREFIX = "ZLJC";
  static final int NUMBER_DIGITS = 5;
  /** 小区住户抽查 5-10 户 (§5.3.1) */
  static final int MIN_SAMPLE = 5;
  static final int MAX_SAMPLE = 10;

  private final QualityInspectionRepository inspections;
  private final EstateHouseholds estates;
  private final HouseholdSampler sampler;
  private final RectificationNotices notices;
  private final DocumentNumbers numbers;
  private final Clock clock;

  QualityInspectionService(QualityInspectionRepository inspections, EstateHouseholds estates, HouseholdSampler sampler,
      RectificationNotices notices, DocumentNumbers numbers, Clock clock) {
    this.inspections = inspections;
    this.estates = estates;
    this.sampler = sampler;
    this.notices = notices;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** Opens the inspection of a process instance once; a retried job gets the same inspection. */
  public QualityInspection open(String processInstanceId, String requestedBy, String reason) {
    return inspections.byProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      inspections.insert(number, processInstanceId, requestedBy, reason, now());
      return get(number);
    });
  }

  public void authorise(String number, String estateCode, String teamLeader, String teamMembers) {
    if (estates.estateName(estateCode).isEmpty()) {
      throw new BadInputException(QualityInspectionProcess.Var.ESTATE_CODE, "没有编号为 " + estateCode + " 的小区");
    }
    move(number, Set.of(OPENED, TEAM_FORMED), TEAM_FORMED,
        Map.of("estate_code", estateCode, "team_leader", teamLeader, "team_members", teamMembers));
  }

  public void plan(String number, LocalDate plannedDate, List<String> areas, int sampleSize, String note) {
    if (sampleSize < MIN_SAMPLE || sampleSize > MAX_SAMPLE) {
      throw new BadInputException(QualityInspectionProcess.Var.SAMPLE_SIZE, "抽查户数应为 5 到 10 户");
    }
    move(number, Set.of(TEAM_FORMED), PLANNED, Map.of("planned_date", plannedDate,
        "inspection_areas", String.join(",", areas), "sample_size", sampleSize, "plan_note", note));
  }

  public void recordSiteCheck(String number, List<String> checkedAreas, String siteRecord) {
    move(number, Set.of(PLANNED), INSPECTED,
        Map.of("checked_areas", String.join(",", checkedAreas), "site_record", siteRecord));
  }

  /**
   * Draws the households to visit, once: a retried job finds the draw already made and keeps it (the households
   * must not change once drawn).
   */
  public List<QualityInspection.VisitedHousehold> sample(String number) {
    QualityInspection inspection = get(number);
    List<QualityInspection.VisitedHousehold> drawn = inspections.households(inspection.id());
    if (!drawn.isEmpty()) {
      return drawn;
    }
    if (inspection.stateValue() != INSPECTED) {
      throw refused(inspection);
    }
    List<EstateHouseholds.Household> households =
        sampler.draw(estates.householdsOf(inspection.estateCode()), inspection.sampleSize());
    for (int i = 0; i < households.size(); i++) {
      inspections.addHousehold(inspection.id(), i + 1, households.get(i));
    }
    move(number, Set.of(INSPECTED), SAMPLED, Map.of());
    return inspections.households(inspection.id());
  }

  public void recordVisits(String number, String visitRecord, boolean complaintsHandled) {
    move(number, Set.of(SAMPLED), VISITED,
        Map.of("visit_record", visitRecord, "complaints_handled", complaintsHandled));
  }

  /** The team's report; its problems become draft notices, issued once the deputy GM approves the report. */
  public void report(String number, String summary, List<RectificationNotice.Finding> findings, boolean majorProblems) {
    move(number, Set.of(VISITED), REPORTED, Map.of("report_summary", summary, "major_problems", majorProblems));
    notices.draft(number, QualityInspectionProcess.KEY, null, findings);
  }

  /** Approved: the report is final. Rejected: the team writes it again. */
  public void decide(String number, boolean approved, String by) {
    if (approved) {
      move(number, Set.of(REPORTED), APPROVED, Map.of("report_approved_by", by, "report_approved_at", now()));
    } else {
      move(number, Set.of(REPORTED), VISITED, Map.of());
    }
  }

  public void recordCorrectiveAction(String number, String corrective, String preventive) {
    QualityInspection inspection = get(number);
    if (!Boolean.TRUE.equals(inspection.majorProblems())) {
      throw refused(inspection);
    }
    move(number, Set.of(APPROVED), APPROVED,
        Map.of("corrective_action", corrective, "preventive_action", preventive));
  }

  public void close(String number) {
    QualityInspection inspection = get(number);
    if (inspection.stateValue() == CLOSED) {
      return;
    }
    move(number, Set.of(APPROVED), CLOSED, Map.of("closed_at", now()));
  }

  public QualityInspection get(String number) {
    return inspections.byNumber(number).orElseThrow(() -> new NotFoundException("质量检查", number));
  }

  public List<QualityInspection.VisitedHousehold> households(QualityInspection inspection) {
    return inspections.households(inspection.id());
  }

  public String estateName(QualityInspection inspection) {
    return inspection.estateCode() == null ? null : estates.estateName(inspection.estateCode()).orElse(null);
  }

  private void move(String number, Set<QualityInspection.State> from, QualityInspection.State to,
      Map<String, Object> columns) {
    QualityInspection inspection = get(number);
    if (!inspections.transition(number, from, to, columns)) {
      throw refused(inspection);
    }
  }

  private static UnprocessableException refused(QualityInspection inspection) {
    return SupervisionStates.refused(QualityInspectionProcess.Var.INSPECTION_NUMBER, "质量检查", inspection.number(),
        inspection.stateValue());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
