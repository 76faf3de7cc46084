// Shared helpers for the browser tests: one throw-away Maillage server per test file, and a Chromium that
// only ever talks to it.
//
//   import { useServer, useBrowser, login } from './server.mjs';
//   const server = useServer();    // before(): temp dir, migrate, seed-demo, serve; after(): SIGTERM, rm -rf
//   const browser = useBrowser();  // before(): launch Chromium; after(): close it
//   test('...', async () => { const page = await browser.newPage(); await page.goto(server.url + 'login'); });
//
// The binary is $MAILLAGE_BIN, or build/maillage under the repository root.

import { spawn, execFile } from 'node:child_process';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';

const run = promisify(execFile);

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = process.env.MAILLAGE_BIN
  ? path.resolve(process.env.MAILLAGE_BIN)
  : path.join(REPO_ROOT, 'build', 'maillage');

export const DEMO = {
  admin: { email: 'admin@demo.maillage.brussels', password: 'demo-admin-2026', name: 'Alex Administrateur' },
  coordinator: { email: 'coordination@demo.maillage.brussels', password: 'demo-coord-2026', name: 'Camille Coordination' },
  sud: { email: 'sud@demo.maillage.brussels', password: 'demo-sud-2026', name: 'Sam Sud' },
  orgCoordinator: { email: 'ssm.coordination@demo.maillage.brussels', password: 'demo-org-2026', name: 'Inès Haddad' },
  editor: { email: 'cpas.editor@demo.maillage.brussels', password: 'demo-editor-2026', name: 'Jan Peeters' },
  professional: { email: 'professional@demo.maillage.brussels', password: 'demo-pro-2026', name: 'Fatou Diallo' },
  regionResponder: { email: 'helpdesk@demo.maillage.brussels', password: 'demo-helpdesk-2026', name: 'Nadia Benali' },
  sudResponder: { email: 'helpdesk.sud@demo.maillage.brussels', password: 'demo-helpdesk-sud-2026', name: 'Claire Lambert' },
  caseloadWorker: { email: 'caseload@demo.maillage.brussels', password: 'demo-caseload-2026', name: 'Sofia Martins' },
  caseloadCoordinator: { email: 'caseload.mobile@demo.maillage.brussels', password: 'demo-caseload-mobile-2026', name: 'Thomas Dubois' },
};

const STARTUP_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

// Servers still running in this process, with their temp dirs: killed and removed on exit whatever happens to
// the tests (a crash, Ctrl+C, the test runner's timeout).
const live = new Map();
function killAll(signal) {
  for (const [child, dir] of live) {
    try { child.kill(signal); } catch { /* already gone */ }
    try { rmSync(dir, { recursive: true, force: true }); } catch { /* best effort */ }
  }
  live.clear();
}
process.on('exit', () => killAll('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killAll('SIGTERM');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

function childEnv() {
  const env = { ...process.env };
  // Never send real mail nor use another database from the caller's environment.
  delete env.MAILLAGE_SMTP_URL;
  delete env.MAILLAGE_DB;
  return env;
}

/** Starts a fresh server (migrated, seeded) in a new temp dir. Resolves to { url, dir, mailDir, db, stop }. */
export async function startServer() {
  const dir = await mkdtemp(path.join(tmpdir(), 'maillage-browser-'));
  const mailDir = path.join(dir, 'mail');
  const db = `sqlite://${path.join(dir, 'maillage.db')}`;
  let child;
  try {
    await mkdir(mailDir);
    const env = childEnv();
    await run(BIN, ['migrate', '--db', db], { env, cwd: dir });
    await run(BIN, ['seed-demo', '--db', db], { env, cwd: dir });
    child = spawn(BIN, ['serve', '--db', db, '--host', '127.0.0.1', '--port', '0', '--mail-dir', mailDir, '--quiet'],
                  { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    live.set(child, dir);
    const url = await new Promise((resolve, reject) => {
      let out = '';
      let err = '';
      const timer = setTimeout(() => reject(new Error(`server did not start within ${STARTUP_TIMEOUT_MS} ms\n${out}${err}`)),
                               STARTUP_TIMEOUT_MS);
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const m = /serving on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
      child.stderr.on('data', (chunk) => { err += chunk; });
      child.once('error', (e) => { clearTimeout(timer); reject(e); });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited before serving (code ${code}, signal ${signal})\n${out}${err}`));
      });
    });
    // Keep draining the pipes so the server never blocks on a full one.
    child.stdout.resume();
    child.stderr.resume();
    return { url, dir, mailDir, db, stop: () => stopServer(child, dir) };
  } catch (e) {
    await stopServer(child, dir);
    throw e;
  }
}

async function stopServer(child, dir) {
  if (child) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timedOut = await Promise.race([
        exited.then(() => false),
        new Promise((resolve) => setTimeout(() => resolve(true), STOP_TIMEOUT_MS).unref()),
      ]);
      if (timedOut) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    live.delete(child);
  }
  if (dir) await rm(dir, { recursive: true, force: true });
}

// node:test does not wait for the remaining before() hooks of a file once one has failed: it may run the
// after() hooks while a server or a browser is still starting. So after() waits for what before() started,
// and before() starts nothing once after() has run.
function setUp(start, stop) {
  let starting;
  let finished = false;
  before(async () => {
    if (finished) return undefined;
    starting = start();
    return starting;
  });
  after(async () => {
    finished = true;
    const started = await starting?.catch(() => undefined);
    if (started) await stop(started);
  });
}

/** Registers before/after hooks for one server per test file. The returned object's fields fill in before(). */
export function useServer() {
  const handle = { url: undefined, dir: undefined, mailDir: undefined, db: undefined };
  setUp(async () => Object.assign(handle, await startServer()), (started) => started.stop());
  return handle;
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Registers before/after hooks for one Chromium per test file. The returned object forwards newContext/newPage
 * to it; contexts and pages are closed with the browser.
 */
export function useBrowser() {
  let browser;
  const handle = {
    newContext: (options) => browser.newContext(options),
    newPage: (options) => browser.newPage(options),
    get browser() { return browser; },
  };
  setUp(async () => { browser = await launchBrowser(); return browser; }, (started) => started.close());
  return handle;
}

/** Logs in through the login form and waits for the page that follows. */
export async function login(page, baseUrl, { email, password }) {
  await page.goto(new URL('login', baseUrl).href);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForNavigation(),
    page.click('main form[action="/login"] button[type="submit"]'),
  ]);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_BLOCKING = new Set(['serious', 'critical']);

/** Fails the test when axe finds a serious or critical WCAG 2.1 AA violation on the page (with its first nodes). */
export async function axeClean(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] })
    .setLegacyMode(true).analyze();
  const blocking = results.violations.filter((v) => AXE_BLOCKING.has(v.impact));
  assert.deepEqual(blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3)
    .map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${page.url()}`);
}
