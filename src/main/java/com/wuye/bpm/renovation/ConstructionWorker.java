package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/** A worker the contractor registers at the desk for a pass: name, ID number, photo taken there. */
public record ConstructionWorker(String name, String idNumber, Boolean photoTaken) {

  /** The workers of the form's dynamic list: JSON from Tasklist, or a list of maps from Java. */
  static List<ConstructionWorker> listFrom(Object variable) {
    List<ConstructionWorker> workers = new ArrayList<>();
    if (variable instanceof SpinJsonNode json && json.isArray()) {
      for (SpinJsonNode worker : json.elements()) {
        workers.add(new ConstructionWorker(text(worker, Var.WORKER_NAME), text(worker, Var.WORKER_ID_NUMBER),
            worker.hasProp(Var.WORKER_PHOTO_TAKEN) && worker.prop(Var.WORKER_PHOTO_TAKEN).isBoolean()
                ? worker.prop(Var.WORKER_PHOTO_TAKEN).boolValue() : null));
      }
    } else if (variable instanceof Collection<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?> worker) {
          Object name = worker.get(Var.WORKER_NAME);
          Object idNumber = worker.get(Var.WORKER_ID_NUMBER);
          workers.add(new ConstructionWorker(name == null ? null : name.toString(),
              idNumber == null ? null : idNumber.toString(),
              photoTaken(worker.get(Var.WORKER_PHOTO_TAKEN))));
        }
      }
    }
    return workers;
  }

  private static Boolean photoTaken(Object value) {
    return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString());
  }

  private static String text(SpinJsonNode worker, String property) {
    if (!worker.hasProp(property) || worker.prop(property).isNull()) {
      return null;
    }
    SpinJsonNode value = worker.prop(property);
    return value.isString() ? value.stringValue() : value.toString();
  }
}
