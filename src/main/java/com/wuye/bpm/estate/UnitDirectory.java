package com.wuye.bpm.estate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The estates, their units (房屋) and households, as the other modules read them. */
public interface UnitDirectory {

  boolean exists(String unitCode);

  /** The registered owner's name, if the unit exists and has one. */
  Optional<String> ownerOf(String unitCode);

  /** The unit with its household, if the unit exists; the household's fields are null when none is registered. */
  Optional<Household> household(long unitId);

  /** The name of the estate with this code (金利达花园 for JLD), if there is one. */
  Optional<String> estateName(String estateCode);

  /** Every household of the estate, in the order of their units' codes. */
  List<Household> householdsOf(String estateCode);

  /** Up to {@code limit} billable units with a household, after the unit {@code unitId}, in the order of their ids. */
  List<BillableUnit> billableAfter(long unitId, int limit);

  /** How many billable units with a household there are. */
  long billableCount();

  /** The day the first household of a billable unit moved in, if any did. */
  Optional<LocalDate> firstMoveIn();

  /**
   * Holds the unit's row lock until the caller's transaction ends: work on one unit's household (payments, the
   * hand-over of its arrears) takes turns across cluster nodes.
   */
  void lock(long unitId);
}
