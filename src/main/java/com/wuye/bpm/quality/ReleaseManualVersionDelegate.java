package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityManualProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发布手册版本: the archived manual is released under its version label and kept in the version history. */
@Component
class ReleaseManualVersionDelegate implements JavaDelegate {

  private final QualityManualService manuals;

  ReleaseManualVersionDelegate(QualityManualService manuals) {
    this.manuals = manuals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    manuals.release((String) execution.getVariable(Var.MANUAL_NUMBER));
  }
}
