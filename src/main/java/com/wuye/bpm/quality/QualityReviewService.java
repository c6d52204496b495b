package com.wuye.bpm.quality;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * A quality review (质量评审, §5.2) through its life: registered, leader appointed, plan published, defects recorded
 * and verified, regression rounds, archived; with the document states 待评阅, 待评审, 签出, 受控.
 */
@Service
public class QualityReviewService {

  static final String NUMBER_PREFIX = "PS";
  static final int NUMBER_DIGITS = 4;

  private final QualityReviewRepository reviews;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  QualityReviewService(QualityReviewRepository reviews, DocumentNumbers numbers, NoticeService notices, Clock clock) {
    this.reviews = reviews;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /** Registers the review of a process instance once (待评阅); a retry returns the review already registered. */
  public QualityReview register(ReviewRequest request, String processInstanceId, String requestedBy) {
    return reviews.findByProcessInstance(processInstanceId).orElseGet(() -> {
      request.check().check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      OffsetDateTime now = now();
      reviews.insert(number, processInstanceId, request, requestedBy, now);
      QualityReview review = get(number);
      reviews.addStateChange(review.id(), review.reviewRound(), DocumentState.PENDING_READING, now);
      return review;
    });
  }

  public void appointLeader(String number, String leader, String level, String roles) {
    reviews.appointLeader(number, leader, level, roles);
  }

  /** The plan is published: the reviewed department learns when and how its documents are reviewed. */
  public void publishPlan(String number) {
    QualityReview review = get(number);
    notices.issue(new Notice("quality-review-plan", number, review.department(), "tasklist", "评审计划已发布",
        "项目“" + review.projectName() + "”的" + levelName(review.reviewLevel()) + "评审计划已发布（评审编号 " + number
            + "，评审组长 " + review.reviewLeader() + "），请文档作者按计划准备。"));
  }

  public void changeState(String number, DocumentState state) {
    reviews.changeState(get(number), state, now());
  }

  /** Keeps the meeting's defect list for the current round; returns the counts the conclusion decision reads. */
  public DefectCounts recordDefects(String number, List<ReviewDefect> defects) {
    QualityReview review = get(number);
    defects.forEach(defect -> reviews.addDefect(review.id(), review.reviewRound(), defect));
    return DefectCounts.of(currentDefects(number));
  }

  /** Marks the given defects of the current round verified; returns the defects as they stand now. */
  public List<ReviewDefect> verify(String number, Set<Integer> defectNumbers, String by) {
    QualityReview review = get(number);
    reviews.verify(review.id(), review.reviewRound(), defectNumbers, by, now());
    return currentDefects(number);
  }

  public List<ReviewDefect> currentDefects(String number) {
    QualityReview review = get(number);
    return reviews.defects(review.id(), review.reviewRound());
  }

  public void conclude(String number, String conclusion, boolean regression) {
    reviews.conclude(number, conclusion, regression);
  }

  /** A regression review (回归评审): next round, documents 待评审 again. Returns the round now under review. */
  public int startRegression(String number, int fromRound) {
    reviews.nextRound(number, fromRound);
    QualityReview review = get(number);
    reviews.changeState(review, DocumentState.PENDING_REVIEW, now());
    return review.reviewRound();
  }

  /** Materials archived: the documents are controlled (受控) from now on. */
  public void archive(String number, String location) {
    reviews.archive(number, location, now());
    QualityReview review = get(number);
    reviews.changeState(review, DocumentState.CONTROLLED, now());
    notices.issue(new Notice("quality-review-archived", number, review.department(), "tasklist", "评审材料已归档",
        "项目“" + review.projectName() + "”的评审（编号 " + number + "）已结束，文档《" + review.documentTitle() + "》"
            + review.documentVersion() + " 已受控，归档于 " + location + "。"));
  }

  public QualityReview get(String number) {
    return reviews.findByNumber(number).orElseThrow(() -> new NotFoundException("质量评审", number));
  }

  List<DocumentStateChange> stateChanges(QualityReview review) {
    return reviews.stateChanges(review.id());
  }

  List<QualityReviewRepository.ReviewDefectRow> allDefects(QualityReview review) {
    return reviews.allDefects(review.id());
  }

  private static String levelName(String level) {
    return switch (level == null ? "" : level) {
      case "company" -> "公司级";
      case "department" -> "部门级";
      case "peer" -> "同行";
      default -> "";
    };
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** Defects of a round by severity, and how many are not verified yet. */
  public record DefectCounts(int serious, int general, int suggestions, int open) {
    static DefectCounts of(List<ReviewDefect> defects) {
      return new DefectCounts(count(defects, ReviewDefect.SERIOUS), count(defects, ReviewDefect.GENERAL),
          count(defects, ReviewDefect.SUGGESTION), (int) defects.stream().filter(d -> !d.verified()).count());
    }

    private static int count(List<ReviewDefect> defects, String severity) {
      return (int) defects.stream().filter(d -> severity.equals(d.severity())).count();
    }
  }
}
