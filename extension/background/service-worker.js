// The service worker is the extension's only client of the local server. Extension pages ask
// it for things with chrome.runtime.sendMessage({type, ...payload}); one handler per type.

import { ApiError, apiRequest } from "../lib/api.js";
import { loadSettings } from "../lib/settings.js";

async function call(method, path, options) {
  return apiRequest(await loadSettings(), method, path, options);
}

const handlers = {
  /** Whether the server answers, and whether it accepts the saved token. */
  async health() {
    const settings = await loadSettings();
    const { data } = await apiRequest(settings, "GET", "/api/health", { auth: false });
    await apiRequest(settings, "GET", "/api/me");
    return { connected: true, version: data?.version ?? null };
  },

  async capture({ body }) {
    const { status, data } = await call("POST", "/api/contacts/capture", { body });
    return { created: status === 201, contact: data };
  },

  async getContact({ contactId }) {
    return (await call("GET", `/api/contacts/${Number(contactId)}`)).data;
  },

  async suggestions({ contactId, kind = "connection_note", tone = "warm", count = 3, limit }) {
    const query = { kind, tone, count, limit };
    return (await call("GET", `/api/contacts/${Number(contactId)}/suggestions`, { query })).data;
  },

  async addTalkingPoint({ contactId, kind, text, url }) {
    const body = { kind, text, ...(url ? { url } : {}) };
    return (await call("POST", `/api/contacts/${Number(contactId)}/talking-points`, { body })).data;
  },

  async deleteTalkingPoint({ talkingPointId }) {
    await call("DELETE", `/api/talking-points/${Number(talkingPointId)}`);
    return { deleted: true };
  },

  async getMe() {
    return (await call("GET", "/api/me")).data;
  },

  async putMe({ me }) {
    return (await call("PUT", "/api/me", { body: me })).data;
  },
};

function asError(error) {
  if (error instanceof ApiError) return error.toJSON();
  return { kind: "internal", message: String(error?.message ?? error), status: 0 };
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = handlers[message?.type];
  // Only the extension's own pages may use the server; content scripts run inside LinkedIn.
  const fromExtensionPage = sender.id === chrome.runtime.id
    && String(sender.url ?? "").startsWith(chrome.runtime.getURL(""));
  if (!handler || !fromExtensionPage) return false;
  handler(message)
    .then((data) => sendResponse({ ok: true, data }))
    .catch((error) => sendResponse({ ok: false, error: asError(error) }));
  return true;
});
