package com.wuye.bpm.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/** The engine user who called {@code /api/**}, authenticated by {@link ApiAuthenticationFilter}. */
public record ApiUser(String id, List<String> groupIds) {

  static final String REQUEST_ATTRIBUTE = ApiUser.class.getName();
  static final String ADMIN_GROUP = "camunda-admin";

  public static ApiUser of(HttpServletRequest request) {
    Object user = request.getAttribute(REQUEST_ATTRIBUTE);
    if (user == null) {
      throw new IllegalStateException("no API user: " + request.getRequestURI() + " is not behind the API filter");
    }
    return (ApiUser) user;
  }

  public boolean isMemberOf(String groupId) {
    return groupIds.contains(groupId) || groupIds.contains(ADMIN_GROUP);
  }

  /** Refuses (403) a user who is in none of the groups; administrators may do everything. */
  public ApiUser requireAnyGroup(String... groups) {
    if (Arrays.stream(groups).noneMatch(this::isMemberOf)) {
      throw new ForbiddenException(id, List.of(groups));
    }
    return this;
  }
}
