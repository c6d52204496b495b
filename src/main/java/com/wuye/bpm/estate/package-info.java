/**
 * Estates, buildings, units (房屋) and their households: the register that other modules read through
 * {@link com.wuye.bpm.estate.UnitDirectory} (fee bills units and reminds their households, renovation and the
 * service flows check that a unit exists, supervision draws households to visit). Its tables ({@code estate},
 * {@code building}, {@code unit}, {@code household}) are named by no other module's SQL. The demo profile loads
 * the estate 金利达花园.
 */
package com.wuye.bpm.estate;
