/*
 * wuye-bpm: Chinese from the first render on, loaded by config.js `customScripts` of Tasklist, Cockpit and Admin.
 *
 * Why English relative times appeared: the webapps (camunda-commons-ui, "localeLoader") give moment.js the
 * `dateLocales` of a locale file in the loader's callback, which also makes that locale moment's global one.
 * angular-translate loads the fallback locale's file as well, so with an English fallback whichever of zh.json
 * and en.json arrived last decided the language of every relative time and date tooltip ("in 29 minutes",
 * "8 minutes ago"). config.js therefore falls back to Chinese. Besides, the callback runs synchronously only
 * when the file is cached in localStorage ("camunda-web", key "<app-root>/app/<app>/locales/_locales_data_zh_
 * <version>"), otherwise after an $http round trip; customScripts are imported and awaited BEFORE Angular
 * bootstraps, so this module puts zh.json into that cache first and moment speaks Chinese before anything
 * renders. Nothing of Camunda's files is changed.
 *
 * In Tasklist it also translates the English messages built into form-js (the forms' "Select", "Field is
 * required." ...), which form-js offers no setting for.
 */
const VERSION = window.bust || '7.24.0';
const appRoot = document.querySelector('base').getAttribute('app-root');
const app = (window.location.pathname.match(/\/app\/(\w+)\//) || [])[1];

function preferredLanguage() {
  const nav = window.navigator;
  const language = (Array.isArray(nav.languages) ? nav.languages[0] : nav.language) || '';
  return language.split('-')[0].toLowerCase();
}

async function cacheChineseLocale() {
  if (!app || preferredLanguage() !== 'zh') {
    return;
  }
  const prefix = `${appRoot}/app/${app}/locales/`;
  const key = `${prefix}_locales_data_zh_${VERSION}`;
  const stored = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
  const response = await fetch(`${prefix}zh.json?bust=${VERSION}`, {credentials: 'same-origin'});
  if (!response.ok) {
    return;
  }
  stored[key] = JSON.stringify(await response.json());
  window.localStorage.setItem('camunda-web', JSON.stringify(stored));
}

const FORM_JS_TEXTS = [
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^No options$/, () => '没有可选项'],
  [/^Field is required\.$/, () => '此项必填。'],
  [/^Field must have minimum length of (\d+)\.$/, n => `至少填写 ${n} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, n => `最多填写 ${n} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, n => `不能小于 ${n}。`],
  [/^Field must have maximum value of (.+)\.$/, n => `不能大于 ${n}。`],
  [/^Field must match pattern (.+)\.$/, () => '格式不正确。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱。'],
  [/^Field must be a valid {1,2}international phone number\..*$/, () => '请填写有效的电话号码。']
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, chinese] of FORM_JS_TEXTS) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match[1]);
    }
  }
  return null;
}

function translateFormJs(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && node.parentElement.closest('.fjs-container')) {
      const chinese = translate(node.nodeValue);
      if (chinese !== null) {
        node.nodeValue = chinese;
      }
    }
  }
  root.querySelectorAll?.('.fjs-container input[placeholder]').forEach(input => {
    const chinese = translate(input.getAttribute('placeholder'));
    if (chinese !== null) {
      input.setAttribute('placeholder', chinese);
    }
  });
}

function watchFormJs() {
  if (app !== 'tasklist' || preferredLanguage() !== 'zh') {
    return;
  }
  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateFormJs(mutation.target.parentElement || document.body);
      } else {
        mutation.addedNodes.forEach(node => {
          if (node.nodeType === Node.ELEMENT_NODE) {
            translateFormJs(node);
          } else if (node.nodeType === Node.TEXT_NODE && node.parentElement) {
            translateFormJs(node.parentElement);
          }
        });
      }
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}

try {
  await cacheChineseLocale();
} catch (e) {
  console.error('wuye-bpm: Chinese locale not cached', e);
}
watchFormJs();
