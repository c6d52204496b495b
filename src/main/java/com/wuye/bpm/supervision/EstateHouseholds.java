package com.wuye.bpm.supervision;

import com.wuye.bpm.estate.UnitDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The estates and their households as this feature reads them, from the estate's register. */
@Component
class EstateHouseholds {

  private final UnitDirectory estates;

  EstateHouseholds(UnitDirectory estates) {
    this.estates = estates;
  }

  Optional<String> estateName(String estateCode) {
    return estates.estateName(estateCode);
  }

  /** Every household of the estate, in the order of its unit codes (the order a draw starts from). */
  List<Household> householdsOf(String estateCode) {
    return estates.householdsOf(estateCode).stream()
        .map(h -> new Household(h.householdId(), h.unitCode(), h.ownerName())).toList();
  }

  /** A household as a visit needs it: its unit and its owner. */
  record Household(long id, String unitCode, String ownerName) {}
}
