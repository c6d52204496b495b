/**
 * 品质管理 (《物业品质管理手册》§5.1–5.3, 《服务实现》7.1 §4): quality review (质量评审) with its level and conclusion decisions and
 * its tracked defect list, quality certification (质量认证) with certificate and surveillance audits, and the
 * records these long-running flows leave behind, findable by number through {@code /api/quality/**}.
 */
package com.wuye.bpm.quality;
