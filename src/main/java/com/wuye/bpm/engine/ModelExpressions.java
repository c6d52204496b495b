package com.wuye.bpm.engine;

import java.beans.FeatureDescriptor;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * What an expression in a model (BPMN, DMN in JUEL) can reach. A process owner deploys models through the Modeler,
 * so a model is code written by someone who may not read the database. By default the starter lets expressions name
 * every Spring bean ({@code ${jdbcTemplate.queryForList('select ...')}}); here they see only
 * <ul>
 *   <li>the process variables and {@code execution} / {@code task}, as always;</li>
 *   <li>the beans offered to models: delegates ({@link JavaDelegate}), listeners ({@link TaskListener},
 *       {@link ExecutionListener}) and the helpers marked {@link OfferedToModels};</li>
 * </ul>
 * and none of the ways out of a value into Java itself: {@code .class}/{@code getClass()} (and with it reflection,
 * class loaders, {@code Runtime.exec}), the engine behind {@code execution.processEngineServices}, Spring's context,
 * data sources and connections. Such an expression fails when evaluated, and the command it ran in writes nothing.
 */
final class ModelExpressions extends SpringExpressionManager {

  ModelExpressions(ApplicationContext context, OfferedBeans beans) {
    super(context, beans);
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new WayOutGuard());
    resolver.add(super.createElResolver());
    return resolver;
  }

  /** The beans offered to models, looked up by name when an expression names one. */
  static final class OfferedBeans extends AbstractMap<Object, Object> {

    private final ApplicationContext context;

    OfferedBeans(ApplicationContext context) {
      this.context = context;
    }

    @Override
    public boolean containsKey(Object name) {
      return name instanceof String bean && context.containsBean(bean) && offered(bean);
    }

    @Override
    public Object get(Object name) {
      return containsKey(name) ? context.getBean((String) name) : null;
    }

    private boolean offered(String bean) {
      if (context.isTypeMatch(bean, JavaDelegate.class) || context.isTypeMatch(bean, TaskListener.class)
          || context.isTypeMatch(bean, ExecutionListener.class)) {
        return true;
      }
      return context.findAnnotationOnBean(bean, OfferedToModels.class) != null;
    }

    /** Not listed: expressions only ask for a name. */
    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return Set.of();
    }
  }

  /** Refuses, before any other resolver is asked, the properties and methods that lead out of the model's values. */
  static final class WayOutGuard extends ELResolver {

    static final Set<String> NAMES = Set.of("class", "getClass", "classLoader", "getClassLoader", "forName",
        "processEngineServices", "getProcessEngineServices", "processEngine", "getProcessEngine",
        "processEngineConfiguration", "getProcessEngineConfiguration", "applicationContext", "getApplicationContext",
        "beanFactory", "getBeanFactory", "dataSource", "getDataSource", "connection", "getConnection", "runtime",
        "getRuntime", "exec", "newInstance", "invoke");

    private static final Class<?>[] TYPES = {Class.class, ClassLoader.class, Module.class, Runtime.class,
        ProcessBuilder.class, Process.class, Thread.class, java.lang.reflect.Member.class,
        java.lang.reflect.AccessibleObject.class, java.lang.invoke.MethodHandle.class,
        java.lang.invoke.MethodHandles.Lookup.class, ProcessEngineServices.class, ProcessEngineConfigurationImpl.class,
        CommandContext.class, ApplicationContext.class, BeanFactory.class, javax.sql.DataSource.class,
        java.sql.Connection.class, org.springframework.jdbc.core.JdbcOperations.class, java.io.File.class,
        java.nio.file.Path.class};

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      guard(base, property);
      return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
      guard(base, method);
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      guard(base, property);
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      guard(base, property);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      guard(base, property);
      return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return null;
    }

    private static void guard(Object base, Object property) {
      if (base == null) {
        return;
      }
      boolean refused = property instanceof String name && NAMES.contains(name);
      for (Class<?> type : TYPES) {
        refused |= type.isInstance(base);
      }
      if (refused) {
        throw new ELException("模型中的表达式不能访问 " + property + " (not offered to models: '" + property
            + "' of " + base.getClass().getName() + ")");
      }
    }
  }
}
