package com.wuye.bpm.service;

import java.util.List;

/** A unit whose problems recur: its complaints and repair reports of the window, and their categories (codes). */
public record RecurringProblem(String unit, int complaints, int repairs, List<String> categories) {

  int total() {
    return complaints + repairs;
  }

  /** What the people planning and making the callback read. */
  String summary(int months) {
    return "近 " + months + " 个月投诉 " + complaints + " 次、报修 " + repairs + " 次";
  }
}
