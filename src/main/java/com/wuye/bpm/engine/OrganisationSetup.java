package com.wuye.bpm.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the company's groups, what each may see and do, and the Tasklist filters, at every start. Runs
 * under a database lock so that several cluster nodes starting together create everything once, and
 * changes nothing that already exists.
 */
@Component
public class OrganisationSetup {

  public static final String MY_TASKS_FILTER = "我的任务";
  private static final Logger log = LoggerFactory.getLogger(OrganisationSetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final JdbcTemplate jdbc;

  OrganisationSetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, RepositoryService repositoryService,
      JdbcTemplate jdbc) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  @Transactional
  public void setUp() {
    jdbc.queryForList("select name from engine_setup_lock where name = 'organisation' for update");
    for (StaffGroup group : StaffGroup.values()) {
      createGroup(group);
      grantApplications(group);
      grantReadingNames(group.id());
      if (group.worksInTasklist()) {
        grant(group.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grantFilter(group.id(), groupFilter(group));
      }
    }
    grantManagersReadOnly(StaffGroup.MANAGERS.id());
    grantProcessOwners(StaffGroup.PROCESS_OWNERS.id());
    grantStarters();
    Filter myTasks = filter(MY_TASKS_FILTER, "分配给我的任务，按到期时间排序", -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    grantGlobal(Resources.FILTER, myTasks.getId(), Permissions.READ);
    log.info("organisation ready: {} groups, Tasklist filters and authorizations", StaffGroup.values().length);
  }

  private void createGroup(StaffGroup staffGroup) {
    Group group = identityService.createGroupQuery().groupId(staffGroup.id()).singleResult();
    if (group == null) {
      group = identityService.newGroup(staffGroup.id());
    }
    if (!staffGroup.chineseName().equals(group.getName())) {
      group.setName(staffGroup.chineseName());
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private void grantApplications(StaffGroup group) {
    if (group.worksInTasklist()) {
      grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    if (group == StaffGroup.MANAGERS || group == StaffGroup.PROCESS_OWNERS) {
      grant(group.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
  }

  /**
   * Tasklist and Cockpit show candidate groups and assignees by the names people know (工程服务部, not
   * "engineering"): they look them up, which needs READ on groups and users.
   */
  private void grantReadingNames(String groupId) {
    grant(groupId, Resources.GROUP, ANY, Permissions.READ);
    grant(groupId, Resources.USER, ANY, Permissions.READ);
  }

  /** Cockpit: every definition, instance, incident and history; no permission that changes anything. */
  private void grantManagersReadOnly(String groupId) {
    grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
        Permissions.READ_INSTANCE, Permissions.READ_TASK);
    grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(groupId, Resources.TASK, ANY, Permissions.READ);
    grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(groupId, Resources.FILTER, ANY, Permissions.READ);
  }

  /** The Camunda Modeler deploys through {@code /engine-rest/deployment/create}. */
  private void grantProcessOwners(String groupId) {
    grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
        Permissions.READ_INSTANCE);
    grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
  }

  /** Who may start a flow is part of the model: {@code camunda:candidateStarterGroups} on the process. */
  private void grantStarters() {
    Map<String, ProcessDefinition> latest = new LinkedHashMap<>();
    repositoryService.createProcessDefinitionQuery().latestVersion().list()
        .forEach(definition -> latest.put(definition.getKey(), definition));
    for (ProcessDefinition definition : latest.values()) {
      for (IdentityLink link : repositoryService.getIdentityLinksForProcessDefinition(definition.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          grant(link.getGroupId(), Resources.PROCESS_DEFINITION, definition.getKey(), Permissions.READ,
              Permissions.CREATE_INSTANCE);
          grant(link.getGroupId(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
      }
    }
  }

  private Filter groupFilter(StaffGroup group) {
    TaskQuery query = taskService.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks()
        .orderByDueDate().asc();
    return filter(group.chineseName() + "待办", group.chineseName() + "（" + group.id() + "）的未完成任务，按到期时间排序",
        group.ordinal(), query);
  }

  private Filter filter(String name, String description, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of());
    filter.setProperties(properties);
    filter.setQuery(query);
    return filterService.saveFilter(filter);
  }

  private void grantFilter(String groupId, Filter filter) {
    grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
    save(authorization == null ? newGrant(resource, resourceId) : authorization, permissions,
        a -> a.setGroupId(groupId));
  }

  private void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GLOBAL).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.setUserId(ANY);
    }
    save(authorization, permissions, a -> { });
  }

  private Authorization newGrant(Resource resource, String resourceId) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }

  private void save(Authorization authorization, Permission[] permissions,
      java.util.function.Consumer<Authorization> owner) {
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      owner.accept(authorization);
      authorizationService.saveAuthorization(authorization);
    }
  }

  static List<String> groupIds() {
    return Arrays.stream(StaffGroup.values()).map(StaffGroup::id).toList();
  }
}
