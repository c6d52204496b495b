package com.wuye.bpm.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Credentials this node has checked as good in the last {@code ttl}, with the user they stand for: a client that
 * sends the same credentials with every request (the cashier's payments) costs the identity service one check per
 * {@code ttl} instead of two engine commands per request. Only good credentials are remembered, never the password
 * itself (a SHA-256 of user and password is the key); wrong ones are checked, and counted by the engine, every time.
 */
final class CheckedCredentials {

  /** more distinct credentials than this within one ttl: the expired ones go, and if that is not enough, all */
  static final int MAX_ENTRIES = 10_000;

  private record Entry(ApiUser user, Instant until) {}

  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  CheckedCredentials(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /**
   * The user the credentials stand for: remembered, or from {@code check} (null when they are wrong), which is
   * then remembered for the ttl.
   */
  ApiUser user(String userId, String password, Supplier<ApiUser> check) {
    if (ttl.isZero()) {
      return check.get();
    }
    String key = key(userId, password);
    Instant now = clock.instant();
    Entry entry = entries.get(key);
    if (entry != null && now.isBefore(entry.until())) {
      return entry.user();
    }
    ApiUser user = check.get();
    if (user == null) {
      entries.remove(key);
      return null;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> !now.isBefore(e.until()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(key, new Entry(user, now.plus(ttl)));
    return user;
  }

  int size() {
    return entries.size();
  }

  private static String key(String userId, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(userId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException notInThisJvm) {
      throw new IllegalStateException(notInThisJvm);
    }
  }
}
