package com.wuye.bpm.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring bean that the models may name in their expressions although it is neither a delegate nor a listener: a
 * helper such as {@code workingDays} ({@code ${workingDays.after(acceptedAt, 3)}}) or {@code dunningTimers}. Every
 * other bean is invisible to models ({@link ModelExpressions}). On the bean's class, or on its {@code @Bean} method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OfferedToModels {}
