package com.wuye.bpm.renovation;

import java.math.BigDecimal;

/** What the decision {@code renovation-review} says about an application. */
public record RenovationTerms(boolean engineeringInspection, BigDecimal deposit, BigDecimal garbageFee) {}
