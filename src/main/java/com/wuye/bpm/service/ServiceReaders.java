package com.wuye.bpm.service;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.engine.StaffGroup;

/** Who may read the customer-service records through {@code /api}: the staff who work on them and the managers. */
final class ServiceReaders {

  /** The most records one list answers with. */
  static final int LIST_LIMIT = 200;

  private static final String[] GROUPS = {StaffGroup.CUSTOMER_SERVICE.id(),
      StaffGroup.CUSTOMER_SERVICE_SUPERVISOR.id(), StaffGroup.ENGINEERING.id(), StaffGroup.ENGINEERING_SUPERVISOR.id(),
      StaffGroup.SECURITY.id(), StaffGroup.QUALITY_CENTER.id(), StaffGroup.QUALITY_MANAGER.id(),
      StaffGroup.GENERAL_MANAGER.id(), StaffGroup.MANAGERS.id()};

  private ServiceReaders() {}

  static ApiUser require(ApiUser user) {
    return user.requireAnyGroup(GROUPS);
  }
}
