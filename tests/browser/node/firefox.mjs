// Drives the Firefox build of the extension in Firefox ESR over WebDriver BiDi (puppeteer-core,
// the installed browser: nothing is downloaded). Run by tests/browser/test_firefox.py, which
// serves the fixture pages, runs the server, and checks what was stored.
//
//   node firefox.mjs '{"extension": dir, "serverUrl", "token", "proxyPort", "profileUrl", "inviteUrl"}'
//
// Prints one JSON line: {"options": ..., "capture": ..., "insert": ...}; exits 1 on a failure.

import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import puppeteer from "puppeteer-core";

const args = JSON.parse(process.argv[2]);
const manifest = JSON.parse(readFileSync(`${args.extension}/manifest.json`, "utf8"));
const addonId = manifest.browser_specific_settings.gecko.id;
const uuid = randomUUID();
const base = `moz-extension://${uuid}`;

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: args.executablePath ?? "/usr/bin/firefox-esr",
  headless: true,
  acceptInsecureCerts: true,
  // Automation may open moz-extension:// pages only with system access.
  args: ["--remote-allow-system-access"],
  extraPrefsFirefox: {
    // A fixed internal UUID, so the extension's pages have a known address.
    "extensions.webextensions.uuids": JSON.stringify({ [addonId]: uuid }),
    // www.linkedin.com goes through the test's tunnel to the fixture site; the local server
    // (127.0.0.1) is never proxied.
    "network.proxy.type": 1,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": args.proxyPort,
    "network.proxy.no_proxies_on": "127.0.0.1, localhost",
    "browser.shell.checkDefaultBrowser": false,
  },
});

// Generous: on a busy two-core machine Firefox can take many seconds to load an extension page.
const timeout = 60000;

/**
 * Open an extension page; Firefox never reports such a navigation done, so wait on content.
 * Right after an install, or on a busy machine, it can also drop the navigation without a
 * word: ask again, a few times, before giving up.
 */
async function openExtensionPage(path, ready) {
  for (let attempt = 1; ; attempt += 1) {
    // A new tab each time: one whose navigation was dropped can ignore the next one too.
    const page = await browser.newPage();
    page.goto(`${base}/${path}`).catch(() => {});
    try {
      await page.waitForSelector(ready, { timeout: timeout / 3 });
      return page;
    } catch (error) {
      const seen = `${page.url()}: ${await page.evaluate(() => document.body?.innerText.slice(0, 200)).catch(() => "")}`;
      await page.close().catch(() => {});
      if (attempt === 4) throw new Error(`${path} did not open (last seen ${seen}): ${error.message}`);
      // Give a busy browser a moment before asking again.
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

async function text(page, testId) {
  return page.$eval(`[data-testid="${testId}"]`, (element) => element.textContent.trim());
}

async function waitForText(page, testId, pattern) {
  await page.waitForFunction(
    (id, source) => new RegExp(source).test(document.querySelector(`[data-testid="${id}"]`)?.textContent.trim() ?? ""),
    { timeout }, testId, pattern,
  );
  return text(page, testId);
}

async function tabIdOf(url) {
  const page = await openExtensionPage("popup/popup.html", '[data-testid="capture-status"]');
  const id = await page.evaluate(async (href) => (await browser.tabs.query({})).find((t) => t.url === href)?.id, url);
  await page.close();
  if (!id) throw new Error(`no tab for ${url}`);
  return id;
}

async function popupFor(url) {
  const page = await browser.newPage();
  await page.goto(url);
  const popup = await openExtensionPage(`popup/popup.html?tabId=${await tabIdOf(page.url())}`,
    '[data-testid="capture-status"]');
  const status = await waitForText(popup, "capture-status", "^(Saved|Updated)$");
  return { page, popup, status };
}

const results = {};
let failed = false;
try {
  await browser.installExtension(args.extension);

  const options = await openExtensionPage("options/options.html", '[data-testid="save"]');
  await options.$eval('[data-testid="server-url"]', (input) => { input.value = ""; });
  await options.type('[data-testid="server-url"]', args.serverUrl);
  await options.$eval('[data-testid="token"]', (input) => { input.value = ""; });
  await options.type('[data-testid="token"]', args.token);
  await options.click('[data-testid="save"]');
  results.options = await waitForText(options, "connection-status", "^Connected");

  const captured = await popupFor(args.profileUrl);
  results.capture = {
    status: captured.status,
    name: await text(captured.popup, "contact-name"),
  };

  const invite = await popupFor(args.inviteUrl);
  await invite.popup.waitForSelector('[data-testid="suggestion-text"]', { timeout });
  const note = await invite.popup.$eval('[data-testid="suggestion-text"]', (area) => area.value);
  await invite.page.click("#connect");
  await invite.popup.click('[data-testid="insert"]');
  await invite.popup.waitForFunction(
    () => /Inserted/.test(document.querySelector(".note__feedback")?.textContent ?? ""), { timeout },
  );
  const filled = await invite.page.$eval("textarea", (area) => area.value);
  results.insert = { note, filled };
} catch (error) {
  failed = true;
  results.error = String(error?.stack ?? error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
process.exit(failed ? 1 : 0);
