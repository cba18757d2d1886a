// The console's browser sign-in, driven in headless Chromium exactly as a merchant
// would do it: the console's part (PKCE pair, loopback listener, token exchange) is
// played by this script; the merchant's part (page, form, emailed link) by the browser.
//
// Environment: DAEMON_URL, STORE_EMAIL, MAIL_DIR (where the SMTP double writes),
// SCREENSHOT_DIR (optional: signin-ar.png, signin-en.png). Prints one JSON line.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');
const { chromium } = require('playwright-core');

const daemon = process.env.DAEMON_URL;
const email = process.env.STORE_EMAIL;
const mailDir = process.env.MAIL_DIR;
const shots = process.env.SCREENSHOT_DIR;

const base64url = (bytes) => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function loopback() {
  // RFC 8252 §7.3: the console listens on a loopback IP literal, any free port.
  return new Promise((resolve) => {
    let deliver;
    const received = new Promise((r) => { deliver = r; });
    const server = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://127.0.0.1');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html dir="rtl" lang="ar"><body>تم الدخول. يمكنك إغلاق هذه الصفحة.</body></html>');
      if (url.pathname === '/callback') deliver(url.searchParams);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, received }));
  });
}

async function waitForMail(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith('.eml')).sort() : [];
    if (files.length) {
      // The sink's own reading of the message beside it (MIME decoded by Python's email package).
      const reading = JSON.parse(fs.readFileSync(path.join(mailDir, files[files.length - 1].replace(/\.eml$/, '.json')), 'utf8'));
      const body = reading.text || '';
      const link = body.match(/https?:\/\/\S+\/signin\/link\?token=[A-Za-z0-9_-]+/);
      if (link) return link[0];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no sign-in email arrived');
}

async function main() {
  const verifier = base64url(crypto.randomBytes(32));
  const challenge = base64url(crypto.createHash('sha256').update(verifier).digest());
  const state = base64url(crypto.randomBytes(16));
  const { server, port, received } = await loopback();
  const redirect = `http://127.0.0.1:${port}/callback`;
  const signinUrl = (lang) => `${daemon}/signin?` + new URLSearchParams({
    redirect_uri: redirect, state, code_challenge: challenge, code_challenge_method: 'S256',
    device_name: 'Browser test', lang,
  }).toString();

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const result = { ok: false };
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 560 } });

    // English first, only to look at it; the sign-in itself runs in Arabic.
    await page.goto(signinUrl('en'));
    result.dir_en = await page.evaluate(() => document.documentElement.dir);
    result.title_en = await page.textContent('h1');
    if (shots) await page.screenshot({ path: path.join(shots, 'signin-en.png') });

    await page.goto(signinUrl('ar'));
    result.dir_ar = await page.evaluate(() => document.documentElement.dir);
    result.direction_ar = await page.evaluate(() => getComputedStyle(document.body).direction);
    result.title_ar = await page.textContent('h1');
    if (shots) await page.screenshot({ path: path.join(shots, 'signin-ar.png') });

    await page.fill('input[name=email]', email);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    result.after_submit = await page.textContent('h1');

    const link = await waitForMail(15000);
    // The merchant opens the link: the daemon approves and sends the browser home.
    await page.goto(link);
    const params = await received;
    result.state_matches = params.get('state') === state;
    const code = params.get('code');

    const answer = await fetch(`${daemon}/api/v1/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirect, device_name: 'Browser test' }),
    });
    const token = await answer.json();
    result.token_status = answer.status;
    result.access_token = token.access_token || '';
    result.ok = answer.status === 200 && result.state_matches;
  } catch (error) {
    result.error = String(error && error.stack || error);
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(result.ok ? 0 : 1);
}

main();
