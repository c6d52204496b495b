package com.wuye.bpm.service;

/** A status of one of the package's records, with the Chinese name people read. */
interface RecordStatus {

  String name();

  String chineseName();
}
