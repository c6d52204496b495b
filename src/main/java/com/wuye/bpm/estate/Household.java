package com.wuye.bpm.estate;

/**
 * A unit and the household living in it (owner, phone, whether medical equipment is registered there); the
 * household's fields are null when no household is registered in the unit.
 */
public record Household(long unitId, String unitCode, Long householdId, String ownerName, String phone,
    boolean medicalEquipment) {}
