#!/usr/bin/env node
// Renders every bpmn/*.bpmn, dmn/*.dmn and forms/*.form of the project to docs/models/<file>.png
// with the bpmn.io libraries the Camunda Modeler uses (bpmn-js, dmn-js, form-js), in headless
// Chromium, and writes docs/models/README.md, a gallery of them.
//
// Fails (exit 1) on any import error or warning, on a page error, and on a BPMN element or DMN
// decision without a diagram shape. Never downloads a browser: it drives the system Chromium
// (CHROMIUM env var, default /usr/bin/chromium).
//
// Usage (from anywhere): node tools/models/render.mjs [--root <project dir>] [--out <dir>]

import { createServer } from 'node:http';
import { readFile, readdir, mkdir, writeFile, unlink, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve, extname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const nodeModules = join(here, 'node_modules');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : fallback;
}

const root = arg('--root', resolve(here, '..', '..'));
const outDir = arg('--out', join(root, 'docs', 'models'));
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const KINDS = [
  { dir: 'bpmn', ext: '.bpmn', kind: 'bpmn', title: 'Processes (BPMN)' },
  { dir: 'dmn', ext: '.dmn', kind: 'dmn', title: 'Decisions (DMN)' },
  { dir: 'forms', ext: '.form', kind: 'form', title: 'Forms (Camunda Forms)' }
];

// ---------------------------------------------------------------------------------------------
// A tiny static server: /nm/<path> from node_modules, /page.html the (empty) render page.

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject',
  '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8' };

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<link rel="stylesheet" href="/nm/bpmn-js/dist/assets/diagram-js.css">
<link rel="stylesheet" href="/nm/bpmn-js/dist/assets/bpmn-js.css">
<link rel="stylesheet" href="/nm/dmn-js/dist/assets/dmn-js-shared.css">
<link rel="stylesheet" href="/nm/dmn-js/dist/assets/dmn-js-drd.css">
<link rel="stylesheet" href="/nm/dmn-js/dist/assets/dmn-js-decision-table.css">
<link rel="stylesheet" href="/nm/dmn-js/dist/assets/dmn-js-literal-expression.css">
<link rel="stylesheet" href="/nm/dmn-js/dist/assets/dmn-font/css/dmn-embedded.css">
<link rel="stylesheet" href="/nm/@bpmn-io/form-js/dist/assets/form-js.css">
<style>
  html, body { margin: 0; padding: 0; background: #fff; }
  body { font-family: Arial, "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
  #out { display: inline-block; background: #fff; padding: 0; }
  .part { background: #fff; }
  .part + .part { margin-top: 24px; }
  .canvas { position: relative; overflow: hidden; }
  .table { display: inline-block; width: max-content; padding: 16px; }
  .form { width: 760px; padding: 16px 24px; }
  /* no watermark / logo in the images */
  .bjs-powered-by, .bjs-breadcrumbs, .djs-container .bjs-drilldown, .fjs-powered-by,
  .dmn-definitions, .view-drd { display: none !important; }
</style>
</head><body><div id="out"></div>
<script src="/nm/bpmn-js/dist/bpmn-viewer.production.min.js"></script>
<script src="/nm/dmn-js/dist/dmn-viewer.production.min.js"></script>
<script src="/nm/@bpmn-io/form-js/dist/form-viewer.umd.js"></script>
</body></html>`;

// console noise of the library bundles themselves, not about the model
const IGNORED_CONSOLE = [/minified copy of the development build of Inferno/];

function startServer() {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
      if (url.pathname === '/page.html') {
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        return res.end(PAGE);
      }
      if (url.pathname.startsWith('/nm/')) {
        const file = resolve(nodeModules, decodeURIComponent(url.pathname.slice(4)));
        if (!file.startsWith(nodeModules + sep)) throw new Error('outside node_modules');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
        return res.end(body);
      }
      res.writeHead(404).end();
    } catch (e) {
      res.writeHead(404).end(String(e.message));
    }
  });
  return new Promise(ok => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------------------------------------
// In-page render functions. Each returns { warnings: string[], info: {...} } and leaves the
// picture in #out.

const MARGIN = 24;

async function inPageBpmn({ xml, camunda, margin }) {
  const out = document.getElementById('out');
  const container = document.createElement('div');
  container.className = 'part canvas';
  container.style.width = '800px';
  container.style.height = '600px';
  out.appendChild(container);

  const viewer = new BpmnJS({ container, moddleExtensions: { camunda } });
  const warnings = [];
  const { warnings: importWarnings } = await viewer.importXML(xml);
  importWarnings.forEach(w => warnings.push('import warning: ' + w.message.split('\n')[0]));

  const registry = viewer.get('elementRegistry');
  const definitions = viewer.getDefinitions();

  // every element the engine or a reader cares about must have a shape/edge in the diagram
  const missing = [];
  const check = (el) => { if (el.id && !registry.get(el.id)) missing.push(`${el.$type} ${el.id}${el.name ? ' "' + el.name + '"' : ''}`); };
  const walk = (container) => {
    (container.flowElements || []).forEach(el => {
      if (el.$type === 'bpmn:DataObject') return; // only its references are drawn
      check(el);
      if (el.flowElements) walk(el);
    });
    (container.laneSets || []).forEach(ls => (ls.lanes || []).forEach(function lane(l) {
      check(l);
      ((l.childLaneSet && l.childLaneSet.lanes) || []).forEach(lane);
    }));
  };
  const processes = definitions.rootElements.filter(e => e.$type === 'bpmn:Process');
  const collaborations = definitions.rootElements.filter(e => e.$type === 'bpmn:Collaboration');
  collaborations.forEach(c => {
    (c.participants || []).forEach(check);
    (c.messageFlows || []).forEach(check);
  });
  // a process is only drawn when it is the plane's element or some participant's process
  const drawnProcesses = processes.filter(p => registry.get(p.id) ||
    collaborations.some(c => (c.participants || []).some(pa => pa.processRef === p)));
  processes.filter(p => !drawnProcesses.includes(p)).forEach(p => missing.push(`bpmn:Process ${p.id} (no diagram)`));
  drawnProcesses.forEach(walk);
  missing.forEach(m => warnings.push('no diagram shape for ' + m));

  const canvas = viewer.get('canvas');
  const inner = canvas.getActiveLayer().getBBox();
  const width = Math.ceil(inner.width + 2 * margin);
  const height = Math.ceil(inner.height + 2 * margin);
  container.style.width = width + 'px';
  container.style.height = height + 'px';
  canvas.resized();
  canvas.viewbox({ x: inner.x - margin, y: inner.y - margin, width, height });

  return {
    warnings,
    info: {
      processes: processes.map(p => ({ id: p.id, name: p.name || '', executable: !!p.isExecutable })),
      participants: collaborations.flatMap(c => (c.participants || []).map(p => p.name || p.id)),
      userTasks: registry.filter(e => e.type === 'bpmn:UserTask').length,
      width, height
    }
  };
}

async function inPageDmn({ xml, margin }) {
  const out = document.getElementById('out');
  const warnings = [];

  const probe = new DmnJS({ container: document.createElement('div') });
  const { warnings: importWarnings } = await probe.importXML(xml);
  importWarnings.forEach(w => warnings.push('import warning: ' + w.message.split('\n')[0]));
  const views = probe.getViews().map(v => ({ type: v.type, id: v.element.id, name: v.element.name || '' }));
  const definitions = probe.getDefinitions();
  const decisions = (definitions.drgElement || []).filter(e => e.$type === 'dmn:Decision');
  probe.destroy();

  const hasDrdShapes = !!(definitions.dmnDI && definitions.dmnDI.diagrams &&
    definitions.dmnDI.diagrams.some(d => (d.diagramElements || []).length));

  for (const view of views) {
    if (view.type === 'drd' && !hasDrdShapes) {
      warnings.push('no DRD diagram (DMNDI) in the file');
      continue;
    }
    const container = document.createElement('div');
    container.className = 'part ' + (view.type === 'drd' ? 'canvas' : 'table');
    if (view.type === 'drd') { container.style.width = '800px'; container.style.height = '600px'; }
    out.appendChild(container);
    const viewer = new DmnJS({ container });
    await viewer.importXML(xml);
    const v = viewer.getViews().find(x => x.type === view.type && x.element.id === view.id);
    await viewer.open(v);
    if (view.type === 'drd') {
      const active = viewer.getActiveViewer();
      const registry = active.get('elementRegistry');
      (definitions.drgElement || []).forEach(e => {
        if (!registry.get(e.id)) warnings.push(`no DRD shape for ${e.$type} ${e.id}${e.name ? ' "' + e.name + '"' : ''}`);
      });
      const canvas = active.get('canvas');
      const inner = canvas.getActiveLayer().getBBox();
      const width = Math.ceil(inner.width + 2 * margin);
      const height = Math.ceil(inner.height + 2 * margin);
      container.style.width = width + 'px';
      container.style.height = height + 'px';
      canvas.resized();
      canvas.viewbox({ x: inner.x - margin, y: inner.y - margin, width, height });
    }
  }
  return {
    warnings,
    info: {
      name: definitions.name || '',
      decisions: decisions.map(d => ({ id: d.id, name: d.name || '',
        kind: d.decisionLogic ? d.decisionLogic.$type.replace('dmn:', '') : 'none' })),
      views: views.map(v => v.type)
    }
  };
}

async function inPageForm({ json }) {
  const out = document.getElementById('out');
  const container = document.createElement('div');
  container.className = 'part form';
  out.appendChild(container);
  const warnings = [];
  const schema = JSON.parse(json);
  const form = new FormViewer.Form({ container });
  const { warnings: importWarnings } = await form.importSchema(schema, {});
  importWarnings.forEach(w => warnings.push('import warning: ' + (w.message || String(w)).split('\n')[0]));
  const fields = [];
  const walk = (c) => (c.components || []).forEach(x => { if (x.key || x.path) fields.push(x.key || x.path); walk(x); });
  walk(schema);
  return { warnings, info: { id: schema.id || '', schemaVersion: schema.schemaVersion, fields } };
}

// ---------------------------------------------------------------------------------------------

async function listModels() {
  const models = [];
  for (const k of KINDS) {
    const dir = join(root, k.dir);
    if (!existsSync(dir)) continue;
    for (const f of (await readdir(dir)).sort()) {
      if (f.endsWith(k.ext)) models.push({ ...k, file: f, path: join(dir, f) });
    }
  }
  return models;
}

async function renderOne(browser, base, camunda, model) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
  const pageErrors = [];
  page.on('pageerror', e => pageErrors.push('page error: ' + e.message));
  page.on('console', m => {
    if ((m.type() === 'error' || m.type() === 'warning') && !IGNORED_CONSOLE.some(re => re.test(m.text()))) {
      pageErrors.push(`console ${m.type()}: ${m.text().split("\n")[0]}`);
    }
  });
  page.on('requestfailed', r => pageErrors.push('request failed: ' + r.url()));
  page.on('response', r => { if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()}: ${r.url()}`); });
  try {
    await page.goto(base + '/page.html', { waitUntil: 'load' });
    const text = await readFile(model.path, 'utf8');
    let result;
    if (model.kind === 'bpmn') result = await page.evaluate(inPageBpmn, { xml: text, camunda, margin: MARGIN });
    else if (model.kind === 'dmn') result = await page.evaluate(inPageDmn, { xml: text, margin: MARGIN });
    else result = await page.evaluate(inPageForm, { json: text });
    await page.evaluate(() => document.fonts.ready);
    const problems = [...result.warnings, ...pageErrors];
    if (problems.length) return { ...model, problems, info: result.info };

    const out = page.locator('#out');
    const box = await out.boundingBox();
    await page.setViewportSize({ width: Math.max(200, Math.ceil(box.width)), height: Math.max(100, Math.ceil(box.height)) });
    const png = join(outDir, model.file + '.png');
    await out.screenshot({ path: png, animations: 'disabled' });
    return { ...model, problems: [], info: result.info, png, size: [Math.ceil(box.width), Math.ceil(box.height)] };
  } catch (e) {
    return { ...model, problems: [...pageErrors, 'error: ' + String(e.message || e).split('\n')[0]] };
  } finally {
    await page.close();
  }
}

function galleryEntry(r) {
  const rel = (p) => relative(outDir, p).split(sep).join('/');
  const src = rel(r.path);
  const img = `${r.file}.png`;
  const lines = [];
  if (r.kind === 'bpmn') {
    const names = r.info.processes.map(p => `${p.name || p.id} (\`${p.id}\`${p.executable ? '' : ', not executable'})`);
    lines.push(`### ${r.file}`, '', `Source: [${src}](${src}) · process: ${names.join(', ')}` +
      (r.info.participants.length ? ` · pools: ${r.info.participants.join(', ')}` : '') +
      ` · user tasks: ${r.info.userTasks}`);
  } else if (r.kind === 'dmn') {
    const names = r.info.decisions.map(d => `${d.name || d.id} (\`${d.id}\`, ${d.kind})`);
    lines.push(`### ${r.file}`, '', `Source: [${src}](${src}) · decisions: ${names.join(', ')}`);
  } else {
    lines.push(`### ${r.file}`, '', `Source: [${src}](${src}) · form id \`${r.info.id}\` · schemaVersion ${r.info.schemaVersion}` +
      ` · fields: ${r.info.fields.map(f => '`' + f + '`').join(', ') || 'none'}`);
  }
  lines.push('', `![${r.file}](${img})`, '');
  return lines.join('\n');
}

async function main() {
  if (!existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM)`);
    process.exit(1);
  }
  const models = await listModels();
  if (!models.length) {
    console.log(`no models under ${root}/{bpmn,dmn,forms}`);
    return;
  }
  await mkdir(outDir, { recursive: true });
  const camunda = JSON.parse(await readFile(join(nodeModules, 'camunda-bpmn-moddle', 'resources', 'camunda.json'), 'utf8'));

  const server = await startServer();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    chromiumSandbox: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
  });
  const results = [];
  try {
    for (const m of models) {
      const r = await renderOne(browser, base, camunda, m);
      results.push(r);
      const where = relative(root, m.path);
      if (r.problems.length) {
        console.log(`FAIL ${where}`);
        r.problems.forEach(p => console.log(`     ${p}`));
      } else {
        console.log(`ok   ${where} -> ${relative(root, r.png)} (${r.size[0]}x${r.size[1]})`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const failed = results.filter(r => r.problems.length);
  if (failed.length) {
    console.log(`\n${failed.length} of ${results.length} model(s) failed; docs/models/README.md not rewritten`);
    process.exit(1);
  }

  // drop pictures of models that no longer exist
  const wanted = new Set(results.map(r => r.file + '.png'));
  for (const f of await readdir(outDir)) {
    if (f.endsWith('.png') && !wanted.has(f)) await unlink(join(outDir, f));
  }

  const md = ['# Model gallery', '',
    'Generated by `tools/models/render.mjs` (run `tools/models/check`) from the files in bpmn/, dmn/ and forms/,',
    'rendered with bpmn-js, dmn-js and form-js, the libraries of the Camunda Modeler and Tasklist. Do not edit by hand.', ''];
  for (const k of KINDS) {
    const rs = results.filter(r => r.kind === k.kind);
    if (!rs.length) continue;
    md.push(`## ${k.title}`, '');
    rs.forEach(r => md.push(`- [${r.file}](#${r.file.replace(/[^a-zA-Z0-9 _-]/g, '').toLowerCase()})`));
    md.push('');
    rs.forEach(r => md.push(galleryEntry(r)));
  }
  await writeFile(join(outDir, 'README.md'), md.join('\n'));
  console.log(`\n${results.length} model(s) rendered to ${relative(root, outDir) || '.'}/`);
}

main().catch(e => { console.error(e); process.exit(1); });
