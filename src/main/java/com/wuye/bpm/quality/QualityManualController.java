package com.wuye.bpm.quality;

import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.api.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Quality manuals: find a manual by its number with its version history and steps. */
@RestController
@RequestMapping("/api/quality/manuals")
class QualityManualController {

  private final QualityManualService manuals;
  private final CaseFile steps;

  QualityManualController(QualityManualService manuals, CaseFile steps) {
    this.manuals = manuals;
    this.steps = steps;
  }

  @GetMapping("/{number}")
  ManualView show(@PathVariable String number, HttpServletRequest request) {
    ApiUser.of(request);
    QualityManual manual = manuals.get(number);
    return new ManualView(manual, manuals.versions(manual), steps.steps(number));
  }

  /** A manual as the API shows it: the record, its version history and its steps. */
  record ManualView(QualityManual manual, List<ManualVersion> versions, List<CaseStep> steps) {}
}
