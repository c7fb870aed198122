// Real-browser test: the portal emulator's page frames the b24 frame page, the frame page binds
// interface events through @bitrix24/b24jssdk, and a click on "Answer" must reach the handler.
//
// Portal: B24_EMU_PORTAL_PAGE from emulator/run/env (written by emulator/start, which `run` calls).
// App server: `php -S` on a loopback port serving render-frame.php (the placement handler that
// renders the frame page: the one rendering step) and handler.php (records what it receives).
// With the extension built, bind.php first binds the events with b24_bind_event() (see README.md).
//
// TLS: the test connects to the portal origin itself, checks that the certificate it serves is
// issued by B24_EMU_CA, and passes that certificate's public-key hash to Chromium with
// --ignore-certificate-errors-spki-list: only the emulator's key is accepted, no blanket
// --ignore-certificate-errors. (The app server is plain http on 127.0.0.1, a trustworthy origin.)

import { chromium } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const ARTIFACTS = path.join(HERE, 'artifacts');
const TEMPLATE = path.join(ROOT, 'src/core/b24_frame_page.html');
const EVENTS_TSV = path.join(ROOT, 'catalog/events.tsv');
const SDK_PATH = 'node_modules/@bitrix24/b24jssdk/dist/umd/index.min.js';
const EXTENSION = path.join(ROOT, 'modules/b24.so');
// who renders the frame page: the b24 extension when it is built, else render-frame.php itself
const RENDERER = process.env.B24_TEST_RENDERER || (fs.existsSync(EXTENSION) ? 'extension' : 'template');
const PHP_ARGS = ['-n', ...(RENDERER === 'extension' ? ['-d', `extension=${EXTENSION}`] : [])];
const TEST_TIMEOUT_MS = 12000;
const TOTAL_TIMEOUT_MS = 55000;

const ANSWER = 'BackgroundCallCard::answerButtonClick';
const MUTE = 'BackgroundCallCard::muteButtonClick';
const FOREIGN = 'CallCard::BeforeClose'; // raised by CALL_CARD, not by PAGE_BACKGROUND_WORKER
const STATE_CHANGED = 'CallCard::CallStateChanged';

// ---------------------------------------------------------------- settings

function readEnvFile(file) {
  const values = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let v = m[2];
    if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) v = v.slice(1, -1).replaceAll("'\\''", "'");
    values[m[1]] = v;
  }
  return values;
}

function emulatorSettings() {
  const file = process.env.B24_EMU_ENV_FILE || path.join(ROOT, 'emulator/run/env');
  const env = readEnvFile(file);
  if (!env.B24_EMU_PORTAL_PAGE) throw new Error(`${file} has no B24_EMU_PORTAL_PAGE`);
  return env;
}

// base64 SHA-256 of the SubjectPublicKeyInfo of the certificate `url`'s server presents, after
// checking that it chains to the CA in `caFile` and names the host
function servedKeyHash(url, caFile) {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const sock = tls.connect({
      host: u.hostname,
      port: Number(u.port || 443),
      servername: net.isIP(u.hostname) ? undefined : u.hostname,
      ca: fs.readFileSync(caFile),
      timeout: 5000,
    }, () => {
      const spki = sock.getPeerX509Certificate().publicKey.export({ type: 'spki', format: 'der' });
      sock.end();
      resolve(createHash('sha256').update(spki).digest('base64'));
    });
    sock.on('timeout', () => { sock.destroy(); reject(new Error(`TLS to ${u.host} timed out`)); });
    sock.on('error', (e) => reject(new Error(`TLS to ${u.host} with B24_EMU_CA: ${e.message}`)));
  });
}

// ---------------------------------------------------------------- the app server (php -S)

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(50);
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms`);
}

const cleanups = [];

async function startAppServer({ secret, record, sdkUrl, bindingsFile, memberId, appToken }) {
  const port = await freePort();
  const child = spawn('php', [...PHP_ARGS, '-S', `127.0.0.1:${port}`, '-t', HERE], {
    env: {
      ...process.env,
      B24_TEST_APP_SECRET: secret,
      B24_TEST_RECORD: record,
      B24_TEST_SDK_URL: sdkUrl,
      B24_TEST_TEMPLATE: TEMPLATE,
      B24_TEST_BINDINGS_FILE: bindingsFile,
      B24_TEST_MEMBER_ID: memberId,
      B24_TEST_APPLICATION_TOKEN: appToken,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  cleanups.push(() => child.kill('SIGTERM'));
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  await waitForPort(port, 5000);
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM'), log: () => stderr };
}

// Binds the events as an app does. With the extension: b24_bind_event() against the emulator
// (bind.php); the portal then holds the frame page's URL per placement. Without it the page's URL
// names the events itself. Returns frameAppUrl(placement): the URL the portal page opens.
function bindEvents(app, bindingsFile, events) {
  if (RENDERER !== 'extension') {
    const url = `${app.origin}/render-frame.php?bind=${encodeURIComponent(events.join(','))}`;
    return () => url;
  }
  // the emulator is shared: another test run resetting it between the install and the binds
  // invalidates the token, so a failed attempt is repeated (twice at most) with a fresh install
  let r;
  for (let attempt = 1; attempt <= 3; attempt++) {
    r = spawnSync('php', [...PHP_ARGS, path.join(HERE, 'bind.php'), app.origin, bindingsFile, ...events],
      { encoding: 'utf8', timeout: 15000 });
    if (r.status === 0) break;
    console.log(`# bind.php attempt ${attempt} failed: ${(r.stderr || r.stdout || '').trim().split('\n')[0]}`);
  }
  if (r.status !== 0) throw new Error(`bind.php failed (${r.status}): ${(r.stderr || r.stdout || '').trim()}`);
  const { handlers } = JSON.parse(r.stdout);
  return (placement) => handlers[placement] || `${app.origin}/render-frame.php`;
}

// ---------------------------------------------------------------- record file

function readRecord(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

async function waitForRecord(file, pred, ms, what, count = 1) {
  const until = Date.now() + ms;
  for (;;) {
    const hits = readRecord(file).filter(pred);
    if (hits.length >= count) return hits;
    if (Date.now() > until) throw new Error(`${hits.length} ${what} in the record after ${ms} ms, expected ${count}`);
    await sleep(50);
  }
}

const isEvent = (name) => (e) => e.kind === 'event' && e.msg && e.msg.event === name;

// ---------------------------------------------------------------- assertions

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

function assert(cond, message) { if (!cond) throw new Error(message); }

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

// catalog/events.tsv as [{event, placements: [...]}]
function catalogRows() {
  return fs.readFileSync(EVENTS_TSV, 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'))
    .map((f) => ({ event: f[0], placements: f[1].split(',') }));
}

function catalogEvents(placement) {
  return catalogRows().filter((r) => r.placements.includes(placement)).map((r) => r.event);
}

function checkOccurrence(entry, { event, data, memberId }) {
  assert(entry.verified, `handler rejected the occurrence: ${entry.problem}`);
  assertEqual(entry.method, 'POST', 'method');
  assert(/^text\/plain/.test(entry.content_type), `content type ${entry.content_type}`);
  const m = entry.msg;
  assertEqual(Object.keys(m).sort(), ['data', 'event', 'expiry', 'member_id', 'sig', 'ts'], 'body keys');
  assertEqual(m.event, event, 'event');
  assertEqual(m.data, data, 'data');
  assertEqual(m.member_id, memberId, 'member_id');
  assert(Math.abs(m.ts - Date.now() / 1000) < 60, `ts ${m.ts} is not now`);
  assert(m.expiry > Date.now() / 1000, 'expiry is not in the future');
  assert(/^[0-9a-f]{64}$/.test(m.sig), 'sig is not hex SHA-256');
  if (RENDERER === 'extension') {
    assert(entry.extension, 'B24Placement::verifyEvent() returned nothing');
    assertEqual([entry.extension.event, entry.extension.member_id, entry.extension.expiry],
      [event, memberId, m.expiry], 'B24Placement::verifyEvent() result');
  }
}

// ---------------------------------------------------------------- the run

async function main() {
  const results = [];
  if (!['extension', 'template'].includes(RENDERER)) throw new Error(`B24_TEST_RENDERER must be extension or template, not ${RENDERER}`);
  if (RENDERER === 'extension' && !fs.existsSync(EXTENSION)) throw new Error(`${EXTENSION} is not built`);
  const env = emulatorSettings();
  const portalPage = new URL(env.B24_EMU_PORTAL_PAGE);
  const memberId = env.B24_EMU_MEMBER_ID || randomBytes(16).toString('hex');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'b24-browser-'));
  const record = path.join(work, 'record.jsonl');
  const secret = randomBytes(32).toString('hex');
  const bindingsFile = path.join(work, 'b24_bindings.json');
  const appToken = env.B24_EMU_APPLICATION_TOKEN || randomBytes(16).toString('hex');
  const app = await startAppServer({ secret, record, sdkUrl: new URL(SDK_PATH, portalPage).toString(), bindingsFile, memberId, appToken });
  const frameAppUrl = bindEvents(app, bindingsFile, [ANSWER, MUTE, FOREIGN, STATE_CHANGED]);
  console.log(`# frame page rendered by: ${RENDERER}`);

  const tlsArgs = [];
  if (portalPage.protocol === 'https:') {
    if (!env.B24_EMU_CA) throw new Error('an https portal needs B24_EMU_CA');
    tlsArgs.push(`--ignore-certificate-errors-spki-list=${await servedKeyHash(portalPage, env.B24_EMU_CA)}`);
  }

  let browser;
  let page;
  try {
    browser = await chromium.launch({
      executablePath: process.env.B24_CHROMIUM || '/usr/bin/chromium',
      headless: true,
      timeout: 20000,
      // launch() always starts with a fresh temporary profile (--user-data-dir is its own)
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ...tlsArgs,
      ],
    });
    const context = await browser.newContext();
    // loopback only: anything else is a test failure
    const foreign = [];
    await context.route('**/*', (route) => {
      const h = new URL(route.request().url()).hostname;
      if (h === '127.0.0.1' || h === 'localhost') return route.continue();
      foreign.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));

    const portalUrl = (placement, extra = {}) => {
      const u = new URL(portalPage);
      u.search = new URLSearchParams({
        app: frameAppUrl(placement),
        placement,
        AUTH_ID: 'test-auth-' + randomBytes(4).toString('hex'),
        REFRESH_ID: 'test-refresh',
        AUTH_EXPIRES: '3600',
        member_id: memberId,
        APPLICATION_TOKEN: appToken,
        LANG: 'en',
        ...extra,
      }).toString();
      return u.toString();
    };
    const frameOf = () => page.frames().find((f) => f.url().startsWith(app.origin + '/'));

    const test = async (name, fn) => {
      const started = Date.now();
      try {
        await Promise.race([
          fn(),
          sleep(TEST_TIMEOUT_MS).then(() => { throw new Error(`timed out after ${TEST_TIMEOUT_MS} ms`); }),
        ]);
        results.push({ name, ok: true });
        console.log(`ok - ${name} (${Date.now() - started} ms)`);
      } catch (e) {
        results.push({ name, ok: false });
        console.log(`not ok - ${name}: ${e.message}`);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        const shot = path.join(ARTIFACTS, name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() + '.png');
        await page.screenshot({ path: shot, fullPage: true, timeout: 3000 }).catch(() => {});
        console.log(`  screenshot: ${path.relative(ROOT, shot)}`);
        for (const l of consoleLines.slice(-15)) console.log(`  console ${l}`);
        const tail = app.log().trim().split('\n').slice(-5);
        for (const l of tail) if (l) console.log(`  php -S ${l}`);
      }
    };

    await test('portal page POSTs the widget request to the frame page', async () => {
      await page.goto(portalUrl('PAGE_BACKGROUND_WORKER'), { waitUntil: 'load', timeout: 8000 });
      const [render] = await waitForRecord(record, (e) => e.kind === 'render', 5000, 'render request');
      const appSid = await page.evaluate(() => window.b24emu.appSid);
      assertEqual(render.renderer, RENDERER, 'renderer');
      assertEqual(render.method, 'POST', 'method');
      assertEqual(render.query.DOMAIN, portalPage.host, 'query DOMAIN');
      assertEqual(render.query.PROTOCOL, portalPage.protocol === 'https:' ? '1' : '0', 'query PROTOCOL');
      assertEqual(render.query.APP_SID, appSid, 'query APP_SID');
      assertEqual(render.body.member_id, memberId, 'body member_id');
      assertEqual(render.body.PLACEMENT, 'PAGE_BACKGROUND_WORKER', 'body PLACEMENT');
      assertEqual(JSON.parse(render.body.PLACEMENT_OPTIONS).ID, 'PAGE_BACKGROUND_WORKER', 'PLACEMENT_OPTIONS.ID');
      const frame = frameOf();
      assert(frame, 'no frame with the app page');
      assertEqual(await frame.evaluate(() => window.name.split('|').length), 3, 'frame name parts');
    });

    // The portal never answers a bind, so for 900 ms the SDK keeps the bind's promise pending and
    // an event in that time settles the promise instead of calling the callback; the frame page
    // must forward it all the same.
    await test('Answer clicked as soon as the frame binds reaches the handler', async () => {
      await page.evaluate((n) => window.b24emu.whenBound(n, 8000), ANSWER);
      const settled = await frameOf().evaluate((n) => window.b24FrameState.bound.includes(n), ANSWER);
      await page.click('#b24emu-answer');
      console.log(`  # clicked ${settled ? 'after' : 'inside'} the SDK's 900 ms bind window`);
      const [hit] = await waitForRecord(record, isEvent(ANSWER), 5000, ANSWER);
      checkOccurrence(hit, { event: ANSWER, data: '', memberId });
    });

    await test('events after the bind settled go through the SDK callback', async () => {
      const frame = frameOf();
      await frame.waitForFunction(() => window.b24FrameState && window.b24FrameState.status === 'bound', null, { timeout: 5000 });
      const state = await frame.evaluate(() => window.b24FrameState);
      assertEqual(state.errors, [], 'frame page errors');
      assertEqual(await page.evaluate((n) => window.b24emu.fire(n, true), MUTE), 1, 'subscriptions addressed');
      const [hit] = await waitForRecord(record, isEvent(MUTE), 5000, MUTE);
      checkOccurrence(hit, { event: MUTE, data: true, memberId });
      await page.click('#b24emu-answer');
      const answers = await waitForRecord(record, isEvent(ANSWER), 5000, ANSWER, 2);
      await sleep(200);
      assertEqual(readRecord(record).filter(isEvent(ANSWER)).length, 2, 'answer occurrences');
      checkOccurrence(answers[1], { event: ANSWER, data: '', memberId });
    });

    await test('an event the placement does not raise is neither bound nor delivered', async () => {
      const subs = await page.evaluate(() => window.b24emu.subscriptions().map((s) => s.event).sort());
      assertEqual(subs, [MUTE, ANSWER].sort(), 'subscriptions');
      assertEqual(await page.evaluate((n) => window.b24emu.fire(n), FOREIGN), 0, 'subscriptions addressed');
      await sleep(400);
      assertEqual(readRecord(record).filter(isEvent(FOREIGN)).length, 0, 'deliveries of ' + FOREIGN);
    });

    await test('placement.getInterface lists the catalog events of PAGE_BACKGROUND_WORKER', async () => {
      const iface = await frameOf().evaluate(() => B24Js.initializeB24Frame().then((b) => b.placement.getInterface()));
      assertEqual([...iface.event].sort(), catalogEvents('PAGE_BACKGROUND_WORKER').sort(), 'events');
      assertEqual(iface.command.length, 9, 'number of CallCard commands');
    });

    await test('the portal page raises exactly the catalog events in each placement', async () => {
      const placements = new Set(catalogRows().flatMap((r) => r.placements));
      assertEqual(catalogRows().length, 25, 'interface events in the catalog');
      for (const p of placements) {
        const raised = await page.evaluate((code) => window.b24emu.interfaceOf(code).event, p);
        assertEqual([...raised].sort(), catalogEvents(p).sort(), `events of ${p}`);
      }
      assertEqual(await page.evaluate(() => window.b24emu.interfaceOf('DEFAULT')), { command: [], event: [] }, 'DEFAULT');
    });

    await test('CALL_CARD: b24emu.fire delivers CallCard::CallStateChanged with its data', async () => {
      await page.goto(portalUrl('CALL_CARD'), { waitUntil: 'load', timeout: 8000 });
      await page.evaluate((n) => window.b24emu.whenBound(n, 8000), STATE_CHANGED);
      await frameOf().waitForFunction(() => window.b24FrameState.status === 'bound', null, { timeout: 5000 });
      assertEqual(await page.evaluate((n) => window.b24emu.fire(n, 'connected'), STATE_CHANGED), 1, 'subscriptions addressed');
      const [hit] = await waitForRecord(record, isEvent(STATE_CHANGED), 5000, STATE_CHANGED);
      checkOccurrence(hit, { event: STATE_CHANGED, data: 'connected', memberId });
      const iface = await frameOf().evaluate(() => B24Js.initializeB24Frame().then((b) => b.placement.getInterface()));
      assertEqual(iface, { command: ['getStatus', 'disableAutoClose', 'enableAutoClose'], event: catalogEvents('CALL_CARD') }, 'CALL_CARD interface');
    });

    await test('DEFAULT on first run: the SDK initialises (setInstall answered) and binds nothing', async () => {
      await page.goto(portalUrl('DEFAULT', { FIRST_RUN: 'Y' }), { waitUntil: 'load', timeout: 8000 });
      await frameOf().waitForFunction(() => window.b24FrameState.status === 'bound', null, { timeout: 5000 });
      const sent = await page.evaluate(() => window.b24emu.log.filter((l) => l.dir === 'in').map((l) => l.text.split(':')[0]));
      assertEqual(sent.slice(0, 2), ['getInitData', 'setInstall'], 'first commands from the frame');
      assertEqual(sent.slice(2).filter((c) => c !== 'placementBindEvent'), [], 'later commands from the frame');
      assertEqual(await page.evaluate(() => window.b24emu.subscriptions()), [], 'subscriptions');
      assertEqual(await page.evaluate(() => window.b24emu.initData().FIRST_RUN), false, 'FIRST_RUN after getInitData');
      assertEqual(await page.evaluate((n) => window.b24emu.fire(n), ANSWER), 0, 'subscriptions addressed');
    });

    await test('a widget request with another APPLICATION_TOKEN gets no frame page', async () => {
      const before = readRecord(record).filter((e) => e.kind === 'render-error').length;
      await page.goto(portalUrl('PAGE_BACKGROUND_WORKER', { APPLICATION_TOKEN: 'f'.repeat(32) }), { waitUntil: 'load', timeout: 8000 });
      const errors = await waitForRecord(record, (e) => e.kind === 'render-error', 5000, 'render-error', before + 1);
      assert(/APPLICATION_TOKEN/.test(errors[errors.length - 1].error), `refusal: ${errors[errors.length - 1].error}`);
      await sleep(300);
      assertEqual(await page.evaluate(() => window.b24emu.subscriptions()), [], 'subscriptions');
    });

    await test('every handler request was signed correctly and nothing left loopback', async () => {
      const events = readRecord(record).filter((e) => e.kind === 'event');
      assertEqual(events.filter((e) => !e.verified).map((e) => e.problem), [], 'rejected requests');
      assertEqual(foreign, [], 'requests to non-loopback hosts');
    });
  } finally {
    if (browser) await browser.close().catch(() => {});
    app.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  return results;
}

const watchdog = setTimeout(() => {
  console.log(`whole run exceeded ${TOTAL_TIMEOUT_MS} ms`);
  for (const c of cleanups) c();
  console.log('0 passed, 1 failed');
  process.exit(1);
}, TOTAL_TIMEOUT_MS);

main().then((results) => {
  clearTimeout(watchdog);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}, (e) => {
  clearTimeout(watchdog);
  for (const c of cleanups) c();
  console.log(`setup failed: ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
