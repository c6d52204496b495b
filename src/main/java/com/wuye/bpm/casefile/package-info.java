/**
 * The case file: every step people completed on a case of any flow, in one table keyed by the case's business
 * key, and the one task listener that keeps them ({@link com.wuye.bpm.casefile.TaskStepRecorder}). A flow
 * declares per user task what it reads, checks and writes in a {@link com.wuye.bpm.casefile.FlowTasks} bean.
 */
package com.wuye.bpm.casefile;
