package com.wuye.bpm.complaint;

/** What the decision {@code complaint-classification} says about a complaint. */
public record ComplaintClassification(String responsibleGroup, String priority, int responseMinutes,
    boolean callbackRequired) {}
