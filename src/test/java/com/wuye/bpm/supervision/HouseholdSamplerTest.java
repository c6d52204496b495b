package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The household draw: reproducible with a seed, distinct, never more than the estate has, even-handed. */
class HouseholdSamplerTest {

  private static final List<EstateHouseholds.Household> ESTATE = IntStream.rangeClosed(1, 40)
      .mapToObj(i -> new EstateHouseholds.Household(i, String.format("JLD-1-%04d", i), "业主" + i)).toList();

  @Test
  void drawsTheSameHouseholdsForTheSameSeed() {
    List<EstateHouseholds.Household> first = new HouseholdSampler(new Random(2026)).draw(ESTATE, 8);
    List<EstateHouseholds.Household> again = new HouseholdSampler(new Random(2026)).draw(ESTATE, 8);

    assertThat(again).isEqualTo(first);
    assertThat(first).hasSize(8).doesNotHaveDuplicates();
    assertThat(ESTATE).containsAll(first);
    assertThat(new HouseholdSampler(new Random(2027)).draw(ESTATE, 8)).isNotEqualTo(first);
  }

  @Test
  void drawsEveryHouseholdOfASmallEstate() {
    List<EstateHouseholds.Household> small = ESTATE.subList(0, 3);

    assertThat(new HouseholdSampler(new Random(1)).draw(small, 5)).containsExactlyInAnyOrderElementsOf(small);
    assertThat(new HouseholdSampler(new Random(1)).draw(List.of(), 5)).isEmpty();
  }

  @Test
  void givesEveryHouseholdTheSameChance() {
    HouseholdSampler sampler = new HouseholdSampler(new Random(7));
    Map<Long, Integer> drawn = new HashMap<>();
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      sampler.draw(ESTATE, 5).forEach(h -> drawn.merge(h.id(), 1, Integer::sum));
    }
    // each household is expected in 5/40 of the draws: 2,500 of 20,000; a fair draw stays well within ±10 %
    assertThat(drawn).hasSize(40);
    assertThat(drawn.values()).allSatisfy(count -> assertThat(count).isBetween(2_250, 2_750));
  }
}
