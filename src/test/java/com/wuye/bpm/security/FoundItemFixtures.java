package com.wuye.bpm.security;

import static com.wuye.bpm.security.LostAndFoundProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for lost-and-found. */
final class FoundItemFixtures {

  private FoundItemFixtures() {}

  /** A wallet with the owner's card in it: the owner is known. */
  static Map<String, Object> walletOfKnownOwner() {
    Map<String, Object> variables = handover("黑色钱包，内有门禁卡");
    variables.put(Var.OWNER_KNOWN, true);
    variables.put(Var.OWNER_NAME, "赵敏");
    variables.put(Var.OWNER_PHONE, "13900139000");
    return variables;
  }

  /** An umbrella nobody can name. */
  static Map<String, Object> umbrella() {
    return handover("蓝色折叠伞");
  }

  static Map<String, Object> handover(String item) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.ITEM_DESCRIPTION, item);
    variables.put(Var.FOUND_PLACE, "1号楼电梯");
    variables.put(Var.FINDER_NAME, "保洁员刘姐");
    variables.put(Var.OWNER_KNOWN, false);
    variables.put(Var.ITEM_CHECKED, true);
    return variables;
  }

  static Map<String, Object> posted() {
    return Map.of(Var.NOTICE_PLACE, "大堂公告栏");
  }

  static Map<String, Object> claim() {
    return Map.of(Var.CLAIMANT_NAME, "赵敏", Var.CLAIMANT_ID_NUMBER, "110101199202023456",
        Var.CLAIMANT_PHONE, "13900139000", Var.IDENTITY_CHECKED, true);
  }

  static Map<String, Object> disposal() {
    return Map.of(Var.DISPOSAL_METHOD, "donate", Var.DISPOSAL_NOTE, "捐赠社区爱心站，经手人王芳");
  }
}
