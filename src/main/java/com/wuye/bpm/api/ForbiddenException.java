package com.wuye.bpm.api;

import java.util.List;

/** The caller is authenticated but not in a group that may do this (403). */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String userId, List<String> groups) {
    super("用户 " + userId + " 不属于以下任何一组：" + String.join(", ", groups));
  }

  public ForbiddenException(String message) {
    super(message);
  }
}
