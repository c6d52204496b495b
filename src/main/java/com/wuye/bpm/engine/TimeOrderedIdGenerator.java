package com.wuye.bpm.engine;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * The engine's ids: time-ordered UUIDs (version 7, RFC 9562: 48 bits of milliseconds, then random bits), in place of
 * the starter's version-1 UUIDs, whose text begins with the fast-changing low bits of the clock. Every ACT_* table is
 * keyed and indexed on these strings; with version 7 a row written now lands at the right-hand end of each id index
 * next to the rows written just before it, instead of on a random page (what that bought: docs/benchmarks.md).
 * Unique across cluster nodes as version 1 is: 74 random bits per millisecond.
 * The starter uses this bean instead of its own ({@code camunda.bpm.id-generator} no longer applies).
 */
@Component
final class TimeOrderedIdGenerator implements IdGenerator {

  private final TimeBasedEpochGenerator uuids = Generators.timeBasedEpochGenerator();

  @Override
  public String getNextId() {
    return uuids.generate().toString();
  }
}
