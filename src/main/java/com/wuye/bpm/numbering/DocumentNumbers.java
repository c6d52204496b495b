package com.wuye.bpm.numbering;

import java.time.Clock;
import java.time.Year;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless yearly numbers for the company's documents ({@code TS-2026-000123}). The counter row is locked by
 * the update until the caller's transaction ends, so two cluster nodes never hand out the same number, and
 * a rolled-back transaction gives its number back.
 */
@Service
public class DocumentNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  DocumentNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** The next number: prefix, year in the company's zone, and the counter with {@code digits} digits. */
  public String next(String prefix, int digits) {
    int year = Year.now(clock).getValue();
    if (jdbc.update("update document_number set last_value = last_value + 1 where prefix = ? and year_no = ?",
        prefix, year) == 0) {
      createCounter(prefix, year);
      jdbc.update("update document_number set last_value = last_value + 1 where prefix = ? and year_no = ?",
          prefix, year);
    }
    long value = jdbc.queryForObject("select last_value from document_number where prefix = ? and year_no = ?",
        Long.class, prefix, year);
    String counter = String.format("%0" + digits + "d", value);
    if (counter.length() > digits) {
      throw new IllegalStateException(prefix + "-" + year + " has used all " + digits + "-digit numbers");
    }
    return prefix + "-" + year + "-" + counter;
  }

  /** In its own transaction, so that a node losing the race to create the row does not spoil the caller's. */
  private void createCounter(String prefix, int year) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into document_number (prefix, year_no, last_value) values (?, ?, 0)", prefix, year));
    } catch (DuplicateKeyException createdByAnotherNode) {
      // the row exists now, which is all we need
    }
  }
}
