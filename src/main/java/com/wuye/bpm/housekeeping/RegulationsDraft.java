package com.wuye.bpm.housekeeping;

/** A draft of the cleaning regulations (form draft-cleaning-regulations). */
public record RegulationsDraft(String title, String content, String revisionReason) {}
