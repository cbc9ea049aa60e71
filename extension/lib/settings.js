// Where the local server is and the token it expects, kept in chrome.storage.local.

export const DEFAULT_SERVER_URL = "http://127.0.0.1:7313";
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost"]);

/**
 * The server URL as the extension uses it: "http://127.0.0.1:7313", no path or trailing slash.
 * Throws a RangeError with a readable message for anything but a loopback http URL, since the
 * extension may only talk to the local server.
 */
export function normalizeServerUrl(value) {
  const text = String(value ?? "").trim() || DEFAULT_SERVER_URL;
  let url;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new RangeError("That doesn't look like a URL. Try http://127.0.0.1:7313");
  }
  if (url.protocol !== "http:" || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new RangeError("Segue's server runs on this computer: use http://127.0.0.1:<port>.");
  }
  return url.origin;
}

/** The token as pasted, without the whitespace or "Bearer " a copy often brings along. */
export function normalizeToken(value) {
  return String(value ?? "").trim().replace(/^bearer\s+/i, "");
}

/** Settings with defaults filled in. */
export async function loadSettings(storage = chrome.storage.local) {
  const stored = await storage.get(["serverUrl", "token"]);
  return {
    serverUrl: stored.serverUrl || DEFAULT_SERVER_URL,
    token: stored.token || "",
  };
}

/** Validate and store settings; returns what was stored. */
export async function saveSettings({ serverUrl, token }, storage = chrome.storage.local) {
  const settings = { serverUrl: normalizeServerUrl(serverUrl), token: normalizeToken(token) };
  await storage.set(settings);
  return settings;
}
