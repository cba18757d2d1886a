// The storefront widgets in a real browser: Debian's Chromium, headless, driven by
// playwright-core, on a demo page shaped like a Salla Twilight store (storefront/
// demo-store.html, served as https://demo-store.example) that runs the App Snippet
// from docs/storefront/ against a real daemon.
//
// Environment: DAEMON_URL, STORE_ID, STORE_NAME, PRODUCT_ID, SCENARIO ("on": every
// tool on; "off": every tool off; "push": push notifications offered), SUBSCRIBER (the
// address the shopper signs up with), SHOPPER_ID (Salla's id of a signed-in shopper,
// optional), PUSH_ENDPOINT, PUSH_P256DH, PUSH_AUTH (the subscription the browser's push
// service would give: Chromium here has none), SCREENSHOT_DIR (optional). Prints one
// JSON line.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const daemon = process.env.DAEMON_URL;
const store = process.env.STORE_ID;
const product = process.env.PRODUCT_ID;
const scenario = process.env.SCENARIO || 'on';
const shots = process.env.SCREENSHOT_DIR;
const ORIGIN = 'https://demo-store.example';
// A shopper's browser says who it is; HeadlessChrome would be filtered as a bot.
const agent = (who) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 ${who}`;

const snippet = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'storefront', 'app-snippet.js'), 'utf8')
  .replace("'https://nomo.example.com'", JSON.stringify(daemon));
const template = fs.readFileSync(path.join(__dirname, 'storefront', 'demo-store.html'), 'utf8');

const words = {
  ar: { DIR: 'rtl', CART: 'السلة', PRODUCT_NAME: 'عطر عود ملكي ١٠٠ مل', PRICE: '٢٦٠ ر.س', BLURB: 'عود كمبودي فاخر بثبات يدوم طويلًا.',
        ADD: 'أضف إلى السلة', FOOTER: 'جميع الحقوق محفوظة' },
  en: { DIR: 'ltr', CART: 'Cart', PRODUCT_NAME: 'Royal Oud 100 ml', PRICE: 'SAR 260', BLURB: 'Fine Cambodian oud that lasts all day.',
        ADD: 'Add to cart', FOOTER: 'All rights reserved' },
};

function pageFor(url, lang, withSnippet) {
  const isProduct = /\/p\d+$/.test(url.pathname);
  const config = { 'store.id': Number(store), 'page.slug': isProduct ? 'product.single' : 'index' };
  if (isProduct) config['page.id'] = Number(product);
  if (process.env.SHOPPER_ID) config['user.id'] = Number(process.env.SHOPPER_ID); // a signed-in shopper
  let html = template;
  const fill = Object.assign({ LANG: lang, STORE_NAME: process.env.STORE_NAME, SALLA_CONFIG: JSON.stringify(config),
    APP_SNIPPET: withSnippet ? snippet : '' }, words[lang]);
  for (const [key, value] of Object.entries(fill)) html = html.split(`{{${key}}}`).join(value);
  return html;
}

async function shopper(browser, lang, who) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, userAgent: agent(who), locale: lang === 'ar' ? 'ar-SA' : 'en-US' });
  await context.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageFor(url, url.searchParams.get('lang') || lang, !url.searchParams.has('bare')) });
  });
  // Salla's CDN is not reachable from a test machine: its product pictures come from here.
  await context.route('https://cdn.salla.sa/**', (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PICTURE }));
  const page = await context.newPage();
  const requests = [];
  log.push(requests);
  page.on('request', (r) => { if (r.url().startsWith(daemon)) requests.push(r.url().slice(daemon.length)); });
  page.on('pageerror', (e) => requests.push('PAGE ERROR ' + e.message));
  page.on('requestfailed', (r) => requests.push('FAILED ' + r.method() + ' ' + r.url() + ' ' + (r.failure() || {}).errorText));
  page.on('console', (m) => { if (m.type() === 'error') requests.push('CONSOLE ' + m.text()); });
  return { context, page, requests };
}

const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><defs><linearGradient id="g" x2="1" y2="1">' +
  '<stop offset="0" stop-color="#fde7d9"/><stop offset="1" stop-color="#c2410c"/></linearGradient></defs>' +
  '<rect width="96" height="96" fill="url(#g)"/><rect x="36" y="18" width="24" height="14" rx="3" fill="#7c2d12"/>' +
  '<rect x="26" y="32" width="44" height="50" rx="10" fill="#fff" opacity=".85"/></svg>';
const log = []; // every shopper's requests and errors, told when something fails
const moduleNames = (requests) => requests.map((u) => (/^\/s\/w\/([a-z]+)\./.exec(u) || [])[1]).filter(Boolean);

// What the page costs with the snippet against without it: the main thread's script
// and task time (Chrome's own Performance metrics) and the bytes of our scripts.
async function cost(browser) {
  const measure = async (bare) => {
    const { context, page } = await shopper(browser, 'ar', 'cost-' + (bare ? 'bare' : 'full'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${ORIGIN}/oud/p${product}${bare ? '?bare=1' : ''}`);
    if (!bare) await page.waitForFunction(() => window.NomoFlow && document.querySelector('.nomo-counter'), null, { timeout: 20000 });
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const bytes = await page.evaluate((base) => performance.getEntriesByType('resource')
      .filter((e) => e.name.startsWith(base) && e.initiatorType === 'script')
      .reduce((sum, e) => sum + e.transferSize, 0), daemon);
    await context.close();
    return { script_ms: metrics.ScriptDuration * 1000, task_ms: metrics.TaskDuration * 1000, bytes };
  };
  const bare = await measure(true), full = await measure(false);
  return { script_ms: Math.round(full.script_ms - bare.script_ms), task_ms: Math.round(full.task_ms - bare.task_ms), bytes: full.bytes };
}

// The counter's words once they match `expected`, nudging it to poll (a page coming
// back to the front polls at once) until they do; its last words after 20 s.
async function counterShows(page, expected) {
  await page.waitForSelector('.nomo-counter', { timeout: 20000 });
  const deadline = Date.now() + 20000;
  for (;;) {
    const text = await page.textContent('.nomo-counter .nomo-count-text');
    if (expected.test(text) || Date.now() > deadline) return text;
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.waitForTimeout(300);
  }
}

async function everythingOn(browser, result) {
  const a = await shopper(browser, 'ar', 'shopper-a');
  await a.page.goto(`${ORIGIN}/oud/p${product}`);
  await a.page.waitForSelector('.nomo-counter', { timeout: 20000 });
  result.counter_ar = await a.page.textContent('.nomo-counter .nomo-count-text');
  result.counter_dir = await a.page.getAttribute('.nomo-counter', 'dir');
  await a.page.waitForSelector('.nomo-toast', { timeout: 20000 });
  result.toast_ar = await a.page.textContent('.nomo-toast');
  result.toast_href = await a.page.getAttribute('.nomo-toast a', 'href');
  await a.page.waitForSelector('.nomo-popup', { timeout: 20000 });
  result.popup_ar = await a.page.textContent('.nomo-popup');
  result.modules = moduleNames(a.requests);
  result.loader_requested = a.requests.some((u) => u === `/s/${store}/widget.js`);
  if (shots) await a.page.screenshot({ path: path.join(shots, 'storefront-ar.png') });

  // The shopper adds to the cart (Salla's event), then signs up, consent ticked.
  await a.page.evaluate(() => window.salla.event.emit('cart::item.added', { data: { product_id: window.salla.config.get('page.id') } }));
  await a.page.fill('.nomo-popup input[type=email]', process.env.SUBSCRIBER);
  await a.page.click('.nomo-popup button[type=submit]');
  result.refused_without_consent = await a.page.textContent('.nomo-popup .nomo-note');
  await a.page.check('.nomo-popup input[type=checkbox]');
  await a.page.click('.nomo-popup button[type=submit]');
  await a.page.waitForFunction(() => !document.querySelector('.nomo-popup form'), null, { timeout: 10000 });
  result.thanks_ar = await a.page.textContent('.nomo-popup');
  result.xss_fired = await a.page.evaluate(() => window.__xss || 0);
  result.injected_images = await a.page.evaluate(() => document.querySelectorAll('img[src="x"], svg').length);

  // A second shopper, in English, on the same product: the first one's counter moves.
  const b = await shopper(browser, 'en', 'shopper-b');
  await b.page.goto(`${ORIGIN}/oud/p${product}?lang=en`);
  result.counter_en = await counterShows(b.page, /^2 /);
  result.counter_dir_en = await b.page.getAttribute('.nomo-counter', 'dir');
  await b.page.waitForSelector('.nomo-toast', { timeout: 20000 });
  result.toast_en = await b.page.textContent('.nomo-toast');
  await b.page.waitForSelector('.nomo-popup', { timeout: 20000 });
  if (shots) await b.page.screenshot({ path: path.join(shots, 'storefront-en.png') });
  result.counter_ar_after = await counterShows(a.page, /شخصان/);
  await a.page.click('.nomo-popup .nomo-x');
  if (shots) await a.page.screenshot({ path: path.join(shots, 'storefront-counter-toast-ar.png') });

  // Signed up: the collector is not offered again; leaving sends the queued events.
  await a.page.goto(`${ORIGIN}/oud/p${product}`);
  await a.page.waitForSelector('.nomo-counter', { timeout: 20000 });
  result.popup_again = (await a.page.$('.nomo-popup')) !== null;
  result.all_requests = a.requests;
  result.page_errors = a.requests.concat(b.requests).filter((r) => /^(PAGE ERROR|FAILED|CONSOLE)/.test(r));
  await a.context.close();
  await b.context.close();

  // The merchant previewing their own store sees the widgets and counts nothing.
  const m = await shopper(browser, 'ar', 'merchant');
  await m.page.goto(`${ORIGIN}/oud/p${product}?nomo_preview=1`);
  await m.page.waitForSelector('.nomo-counter', { timeout: 20000 });
  result.preview_beacons = m.requests.filter((u) => u.endsWith('/collect')).length;
  await m.context.close();

  result.cost = await cost(browser);
}

async function everythingOff(browser, result) {
  const a = await shopper(browser, 'ar', 'shopper-off');
  const loaded = a.page.waitForResponse((r) => r.url().endsWith(`/s/${store}/widget.js`), { timeout: 20000 });
  await a.page.goto(`${ORIGIN}/oud/p${product}`);
  await loaded;
  // The loader has run once its script element has fired load.
  await a.page.waitForFunction(() => {
    const s = document.getElementById('nomo-flow-loader');
    return s && performance.getEntriesByName(s.src).length > 0;
  }, null, { timeout: 20000 });
  await a.page.evaluate(() => new Promise((r) => (document.readyState === 'complete' ? r() : window.addEventListener('load', r))));
  result.nomo_defined = await a.page.evaluate(() => typeof window.NomoFlow !== 'undefined');
  result.requests = a.requests;
  await a.context.close();
}

// Push: offered only after an action, accepted in our own window, where the service
// worker registers and the subscription is sent with the words the shopper saw.
async function pushOffered(browser, result) {
  const a = await shopper(browser, 'ar', 'shopper-push');
  await a.context.grantPermissions(['notifications'], { origin: daemon });
  // The browser's push service stands in here (Chromium has no keys for Google's).
  await a.context.addInitScript((sub) => {
    if (location.origin !== sub.origin || !window.PushManager) return;
    PushManager.prototype.subscribe = function (options) {
      window.__keyBytes = new Uint8Array(options.applicationServerKey).length;
      window.__userVisibleOnly = options.userVisibleOnly;
      const json = { endpoint: sub.endpoint, expirationTime: null, keys: { p256dh: sub.p256dh, auth: sub.auth } };
      return Promise.resolve({ endpoint: sub.endpoint, toJSON: () => json });
    };
  }, { origin: daemon, endpoint: process.env.PUSH_ENDPOINT, p256dh: process.env.PUSH_P256DH, auth: process.env.PUSH_AUTH });
  await a.page.goto(`${ORIGIN}/oud/p${product}`);
  // The module has run: its script has loaded and a frame has passed.
  await a.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/s\/w\/push\./.test(e.name)), null, { timeout: 20000 });
  await a.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  result.offered_on_load = (await a.page.$('.nomo-push')) !== null;
  await a.page.click('#add-to-cart');
  await a.page.waitForSelector('.nomo-push', { timeout: 5000 });
  result.offer_ar = await a.page.textContent('.nomo-push');
  if (shots) {
    await a.page.waitForFunction(() => document.getAnimations().every((x) => x.playState === 'finished'), null, { timeout: 5000 });
    await a.page.screenshot({ path: path.join(shots, 'storefront-push-ar.png') });
  }

  const opened = a.context.waitForEvent('page', { timeout: 10000 });
  await a.page.click('.nomo-push .nomo-go');
  const w = await opened;
  w.on('pageerror', (e) => a.requests.push('PAGE ERROR ' + e.message));
  w.on('console', (m) => { if (m.type() === 'error') a.requests.push('CONSOLE ' + m.text()); });
  await w.waitForLoadState('load');
  result.optin_url = w.url().slice(daemon.length);
  result.optin_text = await w.textContent('main');
  result.optin_dir = await w.getAttribute('html', 'dir');
  if (shots) { await w.setViewportSize({ width: 440, height: 560 }); await w.screenshot({ path: path.join(shots, 'push-optin-ar.png') }); }
  const closed = w.waitForEvent('close', { timeout: 15000 });
  await w.click('#allow');
  await w.waitForSelector('#status.done', { timeout: 10000 });
  result.optin_done = await w.textContent('#status');
  result.key_bytes = await w.evaluate(() => window.__keyBytes);
  result.user_visible_only = await w.evaluate(() => window.__userVisibleOnly);
  result.worker = await w.evaluate(() => navigator.serviceWorker.getRegistration('/s/').then((r) => (r && r.active ? r.active.scriptURL : '')));
  await closed;
  result.optin_closed = true;
  await a.page.waitForFunction(() => /تم!/.test((document.querySelector('.nomo-push') || {}).textContent || ''), null, { timeout: 5000 });
  result.store_told = await a.page.textContent('.nomo-push');

  // Said yes: not offered again.
  await a.page.goto(`${ORIGIN}/oud/p${product}`);
  await a.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/s\/w\/push\./.test(e.name)), null, { timeout: 20000 });
  await a.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await a.page.click('#add-to-cart');
  result.offered_again = (await a.page.$('.nomo-push')) !== null;
  result.page_errors = a.requests.filter((r) => /^(PAGE ERROR|FAILED|CONSOLE)/.test(r));
  await a.context.close();
}

async function main() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // The demo store stands for a public site and the daemon listens on loopback here;
      // in production both are public, so Chromium's local-network checks do not apply.
      '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests'],
  });
  const result = { ok: false, scenario };
  try {
    if (scenario === 'off') await everythingOff(browser, result);
    else if (scenario === 'push') await pushOffered(browser, result);
    else await everythingOn(browser, result);
    result.ok = true;
  } catch (e) {
    result.error = String(e && e.stack || e);
    result.log = log;
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result));
}

main();
