package com.wuye.bpm.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An {@code Idempotency-Key} on any {@code /api} request stands for that one request of that one user: the first
 * use records the user and a fingerprint of the request (method, path, body; table {@code idempotency_key}, shared
 * by every cluster node), a repeat of the same request goes on to the endpoint (which answers it as it answered the
 * first, e.g. a payment not taken twice), and the key sent with another body, to another path or by another user
 * gets 422 without reaching the endpoint. A request that is refused (4xx/5xx) frees its key, so that the client
 * can correct it and send it again with the same key. Keys longer than {@link #MAX_KEY} are left to the endpoint's
 * own check.
 */
final class IdempotencyKeys extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final int MAX_KEY = 100;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  IdempotencyKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    Object user = request.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
    if (key == null || key.isBlank() || key.length() > MAX_KEY || !(user instanceof ApiUser caller)) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest read = new CachedBodyRequest(request, request.getInputStream().readAllBytes());
    String fingerprint = fingerprint(request.getMethod(), request.getRequestURI(), read.body());
    boolean first = record(key, caller.id(), fingerprint);
    if (!first) {
      Map<String, Object> earlier = jdbc.queryForMap(
          "select user_id, fingerprint from idempotency_key where idempotency_key = ?", key);
      if (!caller.id().equals(earlier.get("user_id")) || !fingerprint.equals(earlier.get("fingerprint"))) {
        RequestLimits.refuse(response, request, 422, "Unprocessable Entity",
            "该 Idempotency-Key 已用于另一请求 (the key was used for another request or by another user)");
        return;
      }
    }
    try {
      chain.doFilter(read, response);
    } finally {
      if (first && response.getStatus() >= 400) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
            "delete from idempotency_key where idempotency_key = ? and fingerprint = ?", key, fingerprint));
      }
    }
  }

  /** True when this request is the key's first use; in its own transaction, so that a duplicate spoils nothing. */
  private boolean record(String key, String userId, String fingerprint) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update("""
          insert into idempotency_key (idempotency_key, user_id, fingerprint, created_at) values (?, ?, ?, ?)""",
          key, userId, fingerprint, Timestamp.from(clock.instant())));
      return true;
    } catch (DuplicateKeyException used) {
      return false;
    }
  }

  static String fingerprint(String method, String path, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (NoSuchAlgorithmException notInThisJvm) {
      throw new IllegalStateException(notInThisJvm);
    }
  }
}
