package com.wuye.bpm.engineering;

import java.time.LocalDate;

/**
 * A repair plan as engineering drafts it (form draft-repair-plan).
 *
 * @param repairScope {@code major} (大修) or {@code medium} (中修)
 */
public record HouseRepairPlan(String building, String repairScope, String description, LocalDate plannedStart) {}
