#!/usr/bin/env node
// Lints every bpmn/*.bpmn of the project (or the files given) with bpmnlint and the project-root
// .bpmnlintrc (bpmnlint:recommended + camunda-compat's camunda-platform-7-24, the rules the Camunda
// Modeler applies in Camunda 7 mode). The XML is read with the Camunda moddle extension, as the
// Modeler does, so camunda:* attributes are typed. Import warnings (unknown elements, unresolved
// references) count as errors. Exit 1 on any error, or on more warnings than --max-warnings.
//
// Usage (from anywhere): node tools/models/lint.mjs [--root <project dir>] [--max-warnings N] [file.bpmn ...]

import { createRequire } from 'node:module';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const argv = process.argv.slice(2);
let root = resolve(here, '..', '..');
let maxWarnings = -1;
const files = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--root') root = resolve(argv[++i]);
  else if (argv[i] === '--max-warnings') maxWarnings = Number(argv[++i]);
  else files.push(resolve(argv[i]));
}

const rcPath = join(root, '.bpmnlintrc');
if (!existsSync(rcPath)) {
  console.error(`no ${rcPath}`);
  process.exit(1);
}
const config = JSON.parse(await readFile(rcPath, 'utf8'));

if (!files.length) {
  const dir = join(root, 'bpmn');
  if (existsSync(dir)) {
    (await readdir(dir)).filter(f => f.endsWith('.bpmn')).sort().forEach(f => files.push(join(dir, f)));
  }
}
if (!files.length) {
  console.log(`no BPMN files under ${join(root, 'bpmn')}`);
  process.exit(0);
}

// resolve bpmnlint plugins from this folder's node_modules, wherever the command is run from
const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
const moddle = new BpmnModdle({ camunda });

let errors = 0;
let warnings = 0;
for (const file of files) {
  const reports = [];
  const xml = await readFile(file, 'utf8');
  let root;
  try {
    const parsed = await moddle.fromXML(xml);
    root = parsed.rootElement;
    (parsed.warnings || []).forEach(w => reports.push({
      id: w.element && w.element.id || '', category: 'error', rule: 'import',
      message: 'Import warning: ' + w.message.split('\n')[0]
    }));
  } catch (e) {
    reports.push({ id: '', category: 'error', rule: 'import', message: 'Parse error: ' + e.message.split('\n')[0] });
  }
  if (root) {
    const results = await linter.lint(root);
    for (const [rule, list] of Object.entries(results)) {
      list.forEach(r => reports.push({ id: r.id || '', category: r.category, rule: r.name || rule, message: r.message }));
    }
  }
  const where = relative(process.cwd(), file) || file;
  if (!reports.length) {
    console.log(`ok   ${where}`);
    continue;
  }
  console.log(`${reports.some(r => r.category === 'error') ? 'FAIL' : 'warn'} ${where}`);
  const idWidth = Math.min(40, Math.max(...reports.map(r => r.id.length)));
  for (const r of reports) {
    if (r.category === 'error') errors++;
    else if (r.category === 'warn') warnings++;
    const cat = r.category === 'warn' ? 'warning' : r.category;
    console.log(`     ${r.id.padEnd(idWidth)}  ${cat.padEnd(7)}  ${r.message}  (${r.rule})`);
  }
}

console.log(`\nbpmnlint: ${files.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
if (errors || (maxWarnings >= 0 && warnings > maxWarnings)) process.exit(1);
