/**
 * What every feature's REST controller shares: basic authentication of {@code /api/**} against the engine's
 * users, the caller's groups, and errors as {@code application/problem+json}.
 */
package com.wuye.bpm.api;
