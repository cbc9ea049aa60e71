// The service worker is the extension's only client of the local server. Extension pages ask
// it for things with chrome.runtime.sendMessage({type, ...payload}); one handler per type.

import { dueNow, localDay } from "../lib/agenda.js";
import { ApiError, apiRequest } from "../lib/api.js";
import { loadSettings } from "../lib/settings.js";

async function call(method, path, options) {
  return apiRequest(await loadSettings(), method, path, options);
}

/**
 * Ask the server what is due, show how many items are due today or overdue on the toolbar
 * badge, and say so in a desktop notification once a day unless the user turned that off.
 */
async function refreshAgenda() {
  let items;
  try {
    ({ items } = (await call("GET", "/api/agenda", { query: { today: localDay() } })).data);
  } catch {
    // No server or no token: no count is better than a stale one.
    await chrome.action.setBadgeText({ text: "" });
    return { due: null };
  }
  const due = dueNow(items);
  await chrome.action.setBadgeText({ text: due.length ? String(due.length) : "" });
  await chrome.action.setBadgeBackgroundColor({ color: "#0f766e" });
  const { notify = true, notifiedOn } = await chrome.storage.local.get(["notify", "notifiedOn"]);
  const today = localDay();
  if (due.length && notify && notifiedOn !== today) {
    await chrome.storage.local.set({ notifiedOn: today });
    await chrome.notifications.create("segue-agenda", {
      type: "basic",
      iconUrl: chrome.runtime.getURL("icons/icon-128.png"),
      title: due.length === 1 ? "One follow-up is due" : `${due.length} follow-ups are due`,
      message: due.slice(0, 3).map((item) => item.why).join("\n"),
    });
  }
  return { due: due.length };
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

  async suggestions({ contactId, kind = "connection_note", tone = "warm", count = 3, limit, interviewId }) {
    const query = { kind, tone, count, limit, interview_id: interviewId };
    return (await call("GET", `/api/contacts/${Number(contactId)}/suggestions`, { query })).data;
  },

  async updateContact({ contactId, changes }) {
    return (await call("PATCH", `/api/contacts/${Number(contactId)}`, { body: changes })).data;
  },

  /** Record a sent message; the agenda (and the badge) move on at once. */
  async markSent({ touch }) {
    const { data } = await call("POST", "/api/touches", { body: touch });
    await refreshAgenda();
    return data;
  },

  async addTalkingPoint({ contactId, kind, text, url }) {
    const body = { kind, text, ...(url ? { url } : {}) };
    return (await call("POST", `/api/contacts/${Number(contactId)}/talking-points`, { body })).data;
  },

  async deleteTalkingPoint({ talkingPointId }) {
    await call("DELETE", `/api/talking-points/${Number(talkingPointId)}`);
    return { deleted: true };
  },

  async agenda({ days = 0 } = {}) {
    const { data } = await call("GET", "/api/agenda", { query: { today: localDay(), days } });
    return data;
  },

  refreshAgenda,

  async timeframe({ words, on }) {
    return (await call("GET", "/api/timeframe", { query: { words, on } })).data;
  },

  async opportunities() {
    return (await call("GET", "/api/opportunities")).data;
  },

  /**
   * Log an interview with this contact as interviewer: in a new opportunity, or in one chosen
   * from the list, where an interview on the same day gains them as a second interviewer.
   */
  async logInterview({ contactId, opportunityId, company, role, interview }) {
    const id = Number(contactId);
    let opportunity;
    if (opportunityId) {
      opportunity = (await call("GET", `/api/opportunities/${Number(opportunityId)}`)).data;
    } else {
      const body = { company, role, status: "interviewing" };
      opportunity = (await call("POST", "/api/opportunities", { body })).data;
    }
    const same = (opportunity.interviews ?? []).find((item) => item.on === interview.on);
    let saved;
    if (same) {
      const interviewerIds = [...new Set([...(same.interviewer_ids ?? []), id])];
      const body = { interviewer_ids: interviewerIds };
      for (const field of ["stage", "next_steps", "timeframe"]) {
        if (interview[field]) body[field] = interview[field];
      }
      saved = (await call("PATCH", `/api/interviews/${same.id}`, { body })).data;
    } else {
      const body = { ...interview, interviewer_ids: [id] };
      saved = (await call("POST", `/api/opportunities/${opportunity.id}/interviews`, { body })).data;
    }
    await refreshAgenda();
    return { opportunity, interview: saved, added: Boolean(same) };
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

// The badge is refreshed every 15 minutes and whenever the browser or the extension starts.
const AGENDA_ALARM = "segue-agenda";
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === AGENDA_ALARM) refreshAgenda();
});
chrome.runtime.onStartup.addListener(() => refreshAgenda());
chrome.runtime.onInstalled.addListener(() => refreshAgenda());
chrome.alarms.create(AGENDA_ALARM, { periodInMinutes: 15 });
chrome.notifications.onClicked.addListener(() => chrome.action.openPopup?.().catch(() => {}));
refreshAgenda();
