package com.wuye.bpm.api;

/** A record the caller named does not exist (404). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, String id) {
    super(what + " " + id + " 不存在");
  }
}
