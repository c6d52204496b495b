package com.wuye.bpm.notice;

/**
 * Something the company tells a person: an owner (by phone number or unit) or a staff group.
 *
 * @param kind what sort of notice, e.g. {@code complaint-received}
 * @param reference the record it is about, e.g. the complaint number; one notice per kind and reference
 * @param recipient phone number, unit or group id
 * @param channel {@code sms}, {@code letter}, {@code posting} or {@code tasklist}
 */
public record Notice(String kind, String reference, String recipient, String channel, String title, String body) {}
