package com.wuye.bpm.service;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.FlowStarter;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What the package's REST controllers do alike: start a flow for the caller (the model's starter groups decide)
 * and answer with the case number its first service task gave, and show a record with its case file to the
 * staff who may read it.
 */
@Component
class CaseDesk {

  private final FlowStarter starter;
  private final CaseFile caseFile;

  CaseDesk(FlowStarter starter, CaseFile caseFile) {
    this.starter = starter;
    this.caseFile = caseFile;
  }

  /** Starts the flow; 201 with the number the flow wrote into {@code numberVariable}, at {@code path}/number. */
  ResponseEntity<Map<String, Object>> start(HttpServletRequest request, String processKey, String numberVariable,
      Map<String, Object> variables, String path) {
    ProcessInstanceWithVariables instance = starter.start(ApiUser.of(request), processKey, null, variables);
    String number = (String) instance.getVariables().get(numberVariable);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("number", number);
    answer.put("processInstanceId", instance.getId());
    return ResponseEntity.created(URI.create(path + "/" + number)).body(answer);
  }

  /** Refuses callers who may not read the package's records (403). */
  void requireReader(HttpServletRequest request) {
    ServiceReaders.require(ApiUser.of(request));
  }

  CaseView view(Object record, RecordStatus status, String number) {
    return new CaseView(record, status.name(), status.chineseName(), caseFile.steps(number));
  }

  /** A record as the API shows it: the record, its status in words and every step people completed. */
  record CaseView(Object record, String status, String statusName, List<CaseStep> steps) {}
}
