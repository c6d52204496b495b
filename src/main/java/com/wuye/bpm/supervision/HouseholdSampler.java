package com.wuye.bpm.supervision;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Draws the households a quality inspection visits (小区住户抽查 5–10 户): every household of the estate has the same
 * chance (a partial Fisher–Yates shuffle over the households in unit order). In production the draw comes from a
 * {@link SecureRandom}, so no one can predict which households are visited; a test gives a seeded generator and gets
 * the same draw every time.
 */
@Component
class HouseholdSampler {

  private final RandomGenerator random;

  @Autowired
  HouseholdSampler() {
    this(new SecureRandom());
  }

  HouseholdSampler(RandomGenerator random) {
    this.random = random;
  }

  /** {@code size} distinct households (all of them when the estate has fewer), in the order they were drawn. */
  List<EstateHouseholds.Household> draw(List<EstateHouseholds.Household> households, int size) {
    List<EstateHouseholds.Household> pool = new ArrayList<>(households);
    int n = Math.min(size, pool.size());
    for (int i = 0; i < n; i++) {
      Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
    }
    return List.copyOf(pool.subList(0, n));
  }
}
