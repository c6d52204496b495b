package com.wuye.bpm.renovation;

import java.util.Optional;

/** The estate's units (房屋) as renovation needs them: does a unit exist, and who is its registered owner. */
public interface UnitDirectory {

  boolean exists(String unitCode);

  /** The registered owner's name, if the unit exists and has one. */
  Optional<String> ownerOf(String unitCode);
}
