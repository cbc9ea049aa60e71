// The content script: parses the open profile on request, keeps a fresh parse as LinkedIn
// navigates between profiles without reloading, and fills the invite note.
//
// Content scripts cannot be ES modules, and loading modules at run time would need them
// web-accessible, which lets the page probe for Segue. So this file and its imports are bundled
// by esbuild into one classic script (content/content-script.js) that runs only in the
// extension's isolated world. Rebuild with `npm run build` in tests/browser/node.

import { profileSlug } from "../lib/profile-url.js";
import { fillNote } from "./note-filler.js";
import { parseProfile } from "./parser.js";

let last = null;
let watchedHref = location.href;

function parseNow() {
  last = parseProfile(document, location.href);
  return last;
}

/**
 * Parse now, and while the result is incomplete or still shows the previous profile, parse
 * again as LinkedIn renders more. Settles on a good parse, after quietMs without changes, or
 * after maxMs.
 */
function parseWhenReady({ quietMs = 1000, maxMs = 4000 } = {}) {
  const first = parseNow();
  if (first.complete && !first.stale) return Promise.resolve(first);
  return new Promise((resolve) => {
    let pending = null;
    let quiet;
    const finish = () => {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve(parseNow());
    };
    // At most one parse per 150 ms: LinkedIn's pages never stop changing for long.
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
      pending ??= setTimeout(() => {
        pending = null;
        const result = parseNow();
        if (result.complete && !result.stale) finish();
      }, 150);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    quiet = setTimeout(finish, quietMs);
    const limit = setTimeout(finish, maxMs);
  });
}

async function onNavigated() {
  if (location.href === watchedHref) return;
  watchedHref = location.href;
  last = null;
  if (!profileSlug(location.href)) return;
  const href = location.href;
  await parseWhenReady();
  // A later navigation started its own parse; this one's result would be about another page.
  if (location.href !== href) last = null;
}


const handlers = {
  "segue:parse": () => parseWhenReady(),
  "segue:last-parse": () => last,
  "segue:insert-note": ({ text }) => fillNote(document, String(text ?? "")),
};

/** Answer a message from the popup: {type, ...payload}. */
function handleMessage(message) {
  const handler = handlers[message.type];
  if (!handler) return { error: `unknown message ${message.type}` };
  return handler(message);
}

// The popup injects the script again into tabs opened before Segue was installed; one
// listener per isolated world is enough.
if (!globalThis.segueContentScript) {
  globalThis.segueContentScript = true;
  // LinkedIn moves between profiles with history.pushState; the Navigation API reports that to
  // every world, and the <title> change is the fallback where that API is missing.
  globalThis.navigation?.addEventListener("navigatesuccess", onNavigated);
  addEventListener("popstate", onNavigated);
  new MutationObserver(onNavigated).observe(document.head ?? document.documentElement, {
    childList: true, subtree: true, characterData: true,
  });
  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id || !String(message?.type).startsWith("segue:")) return false;
    Promise.resolve()
      .then(() => handleMessage(message))
      .then(sendResponse, (error) => sendResponse({ error: String(error?.message ?? error) }));
    return true;
  });
  parseNow();
}
