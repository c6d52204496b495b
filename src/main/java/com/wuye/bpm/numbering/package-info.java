/** Human-readable document numbers (complaints, permits, bills), unique across cluster nodes. */
package com.wuye.bpm.numbering;
