package com.wuye.bpm.quality;

/** Where a certification stands. */
public enum CertificationStatus {
  APPLIED, REJECTED, CONTRACTED, FAILED, CERTIFIED, WITHDRAWN, EXPIRED
}
