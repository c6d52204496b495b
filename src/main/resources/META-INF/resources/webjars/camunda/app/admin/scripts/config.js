/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // // change the app name and vendor
  // app: {
  //   name: 'Admin',
  //   vendor: 'Company'
  // },
  // // custom libraries and scripts loading and initialization,
  // // see: http://docs.camunda.org/guides/user-guide/#tasklist-customizing-custom-scripts
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'admin' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `admin` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // 'runtimeActivityInstanceMetrics': {
  //   'display': true
  // },
  // 'historicActivityInstanceMetrics': {
  //   'adjustablePeriod': true,
  //   'period': {
  //     'unit': 'day'
  //   }
  // },
  // wuye-bpm: Simplified Chinese (locales/zh.json) next to English; the webapps pick the browser language cut
  // to two letters (zh-CN -> zh). The fallback is Chinese: angular-translate loads the fallback's file too,
  // and each loaded file sets moment's global locale from its dateLocales - with an English fallback, whichever
  // file arrived last won, and relative times turned English on some loads ("in 29 minutes")
  // wuye-bpm: Chinese relative times from the first render and form-js messages in Chinese
  // (why: see tasklist/scripts/wuye-chinese.js)
  customScripts: ['../tasklist/scripts/wuye-chinese'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 4000
};
