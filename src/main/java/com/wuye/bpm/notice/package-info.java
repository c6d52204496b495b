/**
 * Notices to owners and staff (缴费通知书, 投诉受理回执, ...), kept in the {@code notice} table as an outbox: one
 * per kind and record, whatever retries or cluster nodes do. Delivery to SMS or print is outside this
 * application; the outbox is what such an adapter reads.
 */
package com.wuye.bpm.notice;
