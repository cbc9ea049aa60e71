// The popup: capture the profile in the tab, then show the contact, what you share, and notes.
// Everything that came from the page or the server is rendered with textContent.

import { dueNow, kindLabel } from "../lib/agenda.js";
import { captureBody } from "../lib/capture.js";
import { describeErrors, request } from "../lib/messaging.js";
import { isProfileUrl } from "../lib/profile-url.js";
import { loadSettings } from "../lib/settings.js";
import { formatCount, noteLength } from "../lib/text.js";

const $ = (id) => document.getElementById(id);

const KIND_LABELS = {
  interview: "Interview",
  alma_mater: "School",
  employer: "Employer",
  article: "Article",
  followed: "Follows",
  interest: "Interest",
  location: "City",
  custom: "Note",
};
const FIELD_LABELS = {
  full_name: "name", headline: "headline", location: "location",
  positions: "experience", education: "education",
};

const state = {
  tabId: null, contact: null, tone: "warm", kind: "connection_note", interviewId: null,
  serverUrl: "", suggestionsRequest: 0,
};

// The three drafts: what a sent one is recorded as, and how it is sent.
const DRAFTS = {
  connection_note: {
    touch: "connection_request",
    insert: true,
    hint: "Insert fills LinkedIn’s “Add a note” box. You read it and press Send.",
  },
  thank_you: {
    touch: "thank_you",
    subject: true,
    hint: "Send the thank-you today, while the conversation is fresh.",
  },
  follow_up: {
    touch: "follow_up",
    subject: true,
    hint: "Send it once the time they gave you has passed, with something of value.",
  },
};
// Contact's preferred channel → the channel a touch is recorded with.
const TOUCH_CHANNEL = { email: "email", linkedin: "linkedin", phone: "phone", mail: "mail", text: "other" };

function setStatus(text, kind = "") {
  const status = $("capture-status");
  status.textContent = text;
  status.dataset.state = kind;
}

function showOnly(id) {
  for (const section of ["loading", "problem", "captured"]) $(section).hidden = section !== id;
}

/**
 * Show one of the friendly problem states. `kind` picks the words; details fill them in.
 */
function showProblem(kind, { message = "" } = {}) {
  const problems = {
    not_profile: {
      title: "Open a LinkedIn profile",
      text: "Segue works on profile pages like linkedin.com/in/someone. Open your interviewer's profile, then click Segue again.",
    },
    offline: {
      title: "Segue's server isn't running",
      text: `Nothing answered at ${state.serverUrl}. Start it from the Segue folder, then try again:`,
      command: "./scripts/serve",
      action: ["Try again", () => start()],
    },
    unauthorized: {
      title: "Segue needs your token",
      text: "The server didn't accept the token saved in Segue's settings. Copy the token ./scripts/serve printed and paste it in Settings.",
      action: ["Open settings", () => openOptions()],
    },
    not_configured: {
      title: "Finish setting up Segue",
      text: "Paste the token ./scripts/serve printed into Segue's settings, and you're ready.",
      action: ["Open settings", () => openOptions()],
    },
    unreadable: {
      title: "Couldn't read this profile",
      text: "LinkedIn may still be loading it. Wait a moment, then try again.",
      action: ["Try again", () => start()],
    },
    failed: {
      title: "Segue couldn't save this profile",
      text: message || "Something went wrong on the server.",
      action: ["Try again", () => start()],
    },
  };
  const problem = problems[kind] ?? problems.failed;
  $("problem").dataset.kind = kind;
  $("problem-title").textContent = problem.title;
  $("problem-text").textContent = problem.text;
  $("problem-command").hidden = !problem.command;
  $("problem-command").textContent = problem.command ?? "";
  const action = $("problem-action");
  action.hidden = !problem.action;
  if (problem.action) {
    const [label, run] = problem.action;
    action.textContent = label;
    action.onclick = run;
  }
  setStatus(kind === "not_profile" ? "Not a profile" : "Not saved", kind === "not_profile" ? "" : "error");
  showOnly("problem");
  if (!action.hidden) action.focus();
}

function openOptions() {
  chrome.runtime.openOptionsPage();
}

async function targetTab() {
  const tabId = Number(new URLSearchParams(location.search).get("tabId"));
  if (Number.isInteger(tabId) && tabId > 0) return chrome.tabs.get(tabId);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function askTab(tabId, message) {
  try {
    return await chrome.tabs.sendMessage(tabId, message);
  } catch {
    // The tab was open before Segue was installed, or LinkedIn navigated here from a page the
    // content script does not run on: inject it now and ask again.
    await chrome.scripting.executeScript({ target: { tabId }, files: ["content/content-script.js"] });
    return chrome.tabs.sendMessage(tabId, message);
  }
}

function initials(name) {
  const letters = name.split(/\s+/).filter(Boolean).map((part) => [...part][0]);
  return (letters.length > 1 ? letters[0] + letters.at(-1) : letters[0] ?? "?").toUpperCase();
}

function renderContact(contact, { created, parse }) {
  state.contact = contact;
  $("contact-name").textContent = contact.full_name;
  $("avatar").textContent = initials(contact.full_name);
  const role = [contact.current_title, contact.current_company].filter(Boolean).join(" at ");
  $("contact-role").textContent = role || contact.headline || "";
  $("contact-place").textContent = contact.location ?? "";
  setStatus(created ? "Saved" : "Updated", created ? "saved" : "updated");

  renderNotice(contact, parse);
  renderCard(contact);
  renderPoints(contact.talking_points ?? []);
  showOnly("captured");
}

const LIST_WORDS = {
  positions: ["experience", "experiences", "experience"],
  education: ["school", "schools", "education"],
  skills: ["skill", "skills", "skills"],
  interests: ["interest", "interests", "interests"],
};

/** What the notice under the contact says about a capture that is not the whole profile. */
function noticeFor(contact, parse) {
  const first = contact.first_name || contact.full_name;
  if (parse.details) {
    const [, many, page] = LIST_WORDS[parse.details] ?? ["", parse.details, parse.details];
    const count = parse.profile?.[parse.details]?.length ?? 0;
    return { text: `Added all ${count} ${count === 1 ? LIST_WORDS[parse.details][0] : many} to ${first}'s ${page}.`, tone: "good" };
  }
  if (parse.private) {
    return {
      text: `${first} shows most of their profile only to their connections, so Segue saved what is visible. `
        + "Say what came up in the interview below: it makes the best opener. Once you are connected, capture again for the rest.",
    };
  }
  const cut = Object.entries(parse.cut_short ?? {});
  if (cut.length) {
    const [field, { shown, total, url }] = cut[0];
    const [, many] = LIST_WORDS[field] ?? ["", field];
    const others = cut.slice(1).map(([f, c]) => `${c.shown} of ${c.total} ${LIST_WORDS[f]?.[1] ?? f}`);
    return {
      text: `LinkedIn shows ${shown} of ${total} ${many} here${others.length ? ` (and ${others.join(", ")})` : ""}. `
        + "Open “Show all” and click Segue there to add the rest.",
      action: [`Show all ${total} ${many}`, () => chrome.tabs.update(state.tabId, { url })],
    };
  }
  if (!parse.complete) {
    const missing = parse.missing.map((field) => FIELD_LABELS[field] ?? field).join(", ");
    return {
      text: `Saved what was on the page, but found no ${missing}. `
        + "If LinkedIn hasn't loaded it yet, scroll through the profile and capture again.",
      action: ["Capture again", () => start()],
    };
  }
  return null;
}

function renderNotice(contact, parse) {
  const notice = noticeFor(contact, parse);
  $("partial").hidden = !notice;
  if (!notice) return;
  $("partial").dataset.tone = notice.tone ?? "";
  $("partial-text").textContent = notice.text;
  const button = $("recapture");
  button.hidden = !notice.action;
  if (notice.action) {
    const [label, run] = notice.action;
    button.textContent = label;
    button.onclick = run;
  }
}

function safeHref(url) {
  const parsed = URL.parse(url);
  return parsed && ["http:", "https:"].includes(parsed.protocol) ? parsed.href : null;
}

function renderPoints(points) {
  const list = $("points");
  list.replaceChildren();
  for (const point of points) {
    const item = $("point-template").content.firstElementChild.cloneNode(true);
    const kind = item.querySelector(".point__kind");
    kind.textContent = KIND_LABELS[point.kind] ?? point.kind;
    kind.dataset.kind = point.kind;
    const text = item.querySelector(".point__text");
    text.textContent = point.text;
    const href = point.url && safeHref(point.url);
    if (href) {
      const link = document.createElement("a");
      link.href = href;
      link.target = "_blank";
      link.rel = "noreferrer";
      link.textContent = new URL(href).hostname.replace(/^www\./, "");
      text.append(" · ", link);
    }
    // A removed derived point stays removed: the server does not derive it again.
    const remove = item.querySelector(".point__remove");
    remove.hidden = false;
    remove.setAttribute("aria-label", `Remove “${point.text}”`);
    remove.addEventListener("click", () => removePoint(point.id, remove));
    list.append(item);
  }
  $("points-empty").hidden = points.length > 0;
}

async function refreshContact() {
  const contact = await request("getContact", { contactId: state.contact.id });
  state.contact = contact;
  renderPoints(contact.talking_points ?? []);
}

async function removePoint(talkingPointId, button) {
  button.disabled = true;
  try {
    await request("deleteTalkingPoint", { talkingPointId });
    await refreshContact();
    // The button is gone with its point; keep keyboard focus in the same place.
    $("add-details").querySelector("summary").focus();
    await loadSuggestions();
  } catch (error) {
    button.disabled = false;
    showActionError(error);
  }
}

function showActionError(error) {
  if (["offline", "unauthorized", "not_configured"].includes(error.kind)) {
    showProblem(error.kind, { message: error.message });
  } else {
    $("add-details").open = true;
    $("add-error").hidden = false;
    $("add-error").textContent = error.message;
  }
}

function updateCount(item, limit) {
  const text = item.querySelector(".note__text").value;
  const count = item.querySelector(".note__count");
  count.textContent = limit ? formatCount(text, limit) : `${noteLength(text)} characters`;
  const over = Boolean(limit) && noteLength(text) > limit;
  count.dataset.over = String(over);
  count.title = over ? `LinkedIn allows ${limit} characters here.` : "";
  item.querySelector('[data-testid="insert"]').disabled = over;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // The clipboard API wants focus the popup may not have; the older path still works.
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    if (!copied) throw new Error("copy failed");
  }
}

function feedback(item, text, tone = "") {
  const line = item.querySelector(".note__feedback");
  line.textContent = text;
  line.dataset.tone = tone;
}

async function insertNote(item) {
  const text = item.querySelector(".note__text").value;
  let result;
  try {
    result = await askTab(state.tabId, { type: "segue:insert-note", text });
  } catch {
    result = { ok: false, reason: "no_tab" };
  }
  if (result?.ok) {
    feedback(item, "Inserted. Read it over on LinkedIn, then press Send.", "good");
  } else if (result?.reason === "too_long") {
    feedback(item, `LinkedIn's box takes ${result.limit} characters; this note has ${result.length}.`, "bad");
  } else {
    feedback(item, "Open the invite first: click Connect, then “Add a note”, and press Insert again.", "bad");
  }
}

/** A mailto: link with the subject and body filled in, or null without an address. */
function mailtoHref(email, subject, body) {
  if (!email) return null;
  const query = [["subject", subject], ["body", body]]
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
  return `mailto:${encodeURIComponent(email).replace(/%40/g, "@")}${query ? `?${query}` : ""}`;
}

async function markSent(item, kind) {
  const button = item.querySelector('[data-testid="mark-sent"]');
  button.disabled = true;
  const draft = DRAFTS[kind];
  const channel = kind === "connection_note"
    ? "linkedin" : TOUCH_CHANNEL[state.contact.preferred_channel] ?? "email";
  try {
    await request("markSent", {
      touch: {
        contact_id: state.contact.id,
        kind: draft.touch,
        channel,
        text: item.querySelector(".note__text").value,
        ...(state.interviewId ? { interview_id: state.interviewId } : {}),
      },
    });
    feedback(item, "Marked sent today: your agenda has moved on.", "good");
  } catch (error) {
    button.disabled = false;
    feedback(item, `Couldn't record it: ${error.message}`, "bad");
  }
}

function renderSuggestions(suggestions, kind) {
  const list = $("notes");
  list.replaceChildren();
  const draft = DRAFTS[kind];
  suggestions.forEach((suggestion, index) => {
    const item = $("note-template").content.firstElementChild.cloneNode(true);
    item.dataset.kind = kind;
    const area = item.querySelector(".note__text");
    const label = item.querySelector(".note__label");
    area.id = `note-${index}`;
    label.htmlFor = area.id;
    label.textContent = `Suggested draft ${index + 1}`;
    // textContent sets the default value, so the text reads back both as value and as text.
    area.textContent = suggestion.text;
    const subject = item.querySelector(".note__subject");
    item.querySelector(".note__subject-field").hidden = !draft.subject;
    subject.value = suggestion.subject ?? "";
    const mailto = item.querySelector('[data-testid="mailto"]');
    const syncMailto = () => {
      const href = draft.subject && mailtoHref(state.contact.email, subject.value, area.value);
      mailto.hidden = !href;
      if (href) mailto.href = href;
      else mailto.removeAttribute("href");
    };
    const limit = suggestion.limit ?? null;
    area.addEventListener("input", () => {
      updateCount(item, limit);
      syncMailto();
      feedback(item, "");
    });
    subject.addEventListener("input", syncMailto);
    updateCount(item, limit);
    syncMailto();
    item.querySelector(".note__why").textContent = (suggestion.reasons ?? []).join(" ");
    item.querySelector('[data-testid="copy"]').addEventListener("click", async () => {
      try {
        await copyText(area.value);
        feedback(item, "Copied.", "good");
      } catch {
        feedback(item, "Couldn't reach the clipboard: select the text and copy it.", "bad");
      }
    });
    const insert = item.querySelector('[data-testid="insert"]');
    insert.hidden = !draft.insert;
    insert.addEventListener("click", () => insertNote(item));
    item.querySelector('[data-testid="mark-sent"]').addEventListener("click", () => markSent(item, kind));
    list.append(item);
  });
}

async function loadSuggestions() {
  const ticket = ++state.suggestionsRequest;
  const { kind } = state;
  const message = $("notes-message");
  message.hidden = false;
  message.textContent = "Drafting…";
  $("notes-hint").textContent = DRAFTS[kind].hint;
  try {
    const suggestions = await request("suggestions", {
      contactId: state.contact.id, kind, tone: state.tone, count: kind === "connection_note" ? 3 : 2,
      interviewId: state.interviewId,
    });
    if (ticket !== state.suggestionsRequest) return;
    renderSuggestions(suggestions ?? [], kind);
    message.hidden = suggestions?.length > 0;
    message.textContent = suggestions?.length ? "" : "No suggestions yet. Add a talking point above.";
  } catch (error) {
    if (ticket !== state.suggestionsRequest) return;
    if (["offline", "unauthorized", "not_configured"].includes(error.kind)) {
      showProblem(error.kind, { message: error.message });
      return;
    }
    $("notes").replaceChildren();
    message.textContent = `Couldn't draft notes: ${error.message}`;
  }
}

async function capture(tab) {
  showOnly("loading");
  setStatus("Reading the profile…");
  let parse;
  try {
    parse = await askTab(tab.id, { type: "segue:parse" });
  } catch {
    parse = null;
  }
  if (!parse?.ok) {
    showProblem("unreadable");
    return;
  }
  setStatus("Saving…");
  let saved;
  try {
    saved = await request("capture", { body: captureBody(parse) });
  } catch (error) {
    showProblem(error.kind, { message: error.message });
    return;
  }
  renderContact(saved.contact, { created: saved.created, parse });
  await Promise.all([loadSuggestions(), prepareInterview(saved.contact)]);
}

/** Today's agenda, shown where there is no profile to capture. */
async function showAgenda() {
  let agenda;
  try {
    agenda = await request("agenda", { days: 0 });
  } catch {
    return;
  }
  const due = dueNow(agenda?.items);
  const list = $("agenda-items");
  list.replaceChildren();
  for (const item of due) {
    const row = $("agenda-template").content.firstElementChild.cloneNode(true);
    row.dataset.kind = item.kind;
    row.dataset.due = item.due;
    row.dataset.state = item.state;
    row.querySelector(".agenda__kind").textContent = kindLabel(item.kind);
    row.querySelector(".agenda__who").textContent = item.contact?.full_name ?? item.opportunity?.company ?? "";
    row.querySelector(".agenda__why").textContent = item.why;
    list.append(row);
  }
  $("agenda-empty").hidden = due.length > 0;
  $("agenda").hidden = false;
}

async function start() {
  ({ serverUrl: state.serverUrl } = await loadSettings());
  const tab = await targetTab();
  if (!tab || !isProfileUrl(tab.url ?? "")) {
    showProblem("not_profile");
    await showAgenda();
    return;
  }
  state.tabId = tab.id;
  await capture(tab);
}

const DAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "Tue 8 Dec" for "2026-12-08". */
function shortDay(iso) {
  return DAY.format(new Date(`${iso}T00:00:00Z`)).replace(",", "");
}

function todayIso() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

async function prepareInterview(contact) {
  $("interview-company").value = contact.current_company ?? "";
  if (!$("interview-date").value) $("interview-date").value = todayIso();
  let opportunities = [];
  try {
    opportunities = await request("opportunities");
  } catch {
    // The list is a convenience: a new opportunity can still be logged.
  }
  const select = $("interview-opportunity");
  select.replaceChildren(select.options[0]);
  for (const opportunity of opportunities ?? []) {
    const option = document.createElement("option");
    option.value = opportunity.id;
    option.textContent = [opportunity.company, opportunity.role].filter(Boolean).join(" · ");
    select.append(option);
  }
  await readTimeframe();
}

let timeframeTicket = 0;
/** Show the dates Segue reads from the timeframe, as the server reads them. */
async function readTimeframe() {
  const ticket = ++timeframeTicket;
  const words = $("interview-timeframe").value.trim();
  try {
    const reading = await request("timeframe", { words, on: $("interview-date").value || todayIso() });
    if (ticket !== timeframeTicket) return;
    const follow = `follow up ${shortDay(reading.follow_up_on)}`;
    $("interview-reading").textContent = reading.decide_by
      ? `${words} → decide by ${shortDay(reading.decide_by)}, ${follow}`
      : `${words ? "No date in that: " : ""}${follow}`;
  } catch {
    if (ticket === timeframeTicket) $("interview-reading").textContent = "";
  }
}

async function saveInterview(event) {
  event.preventDefault();
  const error = $("interview-error");
  error.hidden = true;
  const opportunityId = $("interview-opportunity").value;
  const company = $("interview-company").value.trim();
  if (!opportunityId && !company) {
    error.hidden = false;
    error.textContent = "Which company was the interview with?";
    $("interview-company").focus();
    return;
  }
  const interview = {
    on: $("interview-date").value || todayIso(),
    stage: $("interview-stage").value.trim(),
    next_steps: $("interview-next-steps").value.trim(),
    timeframe: $("interview-timeframe").value.trim(),
  };
  $("interview-save").disabled = true;
  try {
    const saved = await request("logInterview", {
      contactId: state.contact.id, opportunityId, company, role: $("interview-role").value.trim(), interview,
    });
    const first = state.contact.first_name || state.contact.full_name;
    $("interview-saved").textContent = saved.added
      ? `Added ${first} to the interview at ${saved.opportunity.company}.`
      : `Saved: ${saved.opportunity.company}, follow up ${shortDay(saved.interview.follow_up_on)}.`;
    state.interviewId = saved.interview.id;
    await prepareInterview(state.contact);
    $("interview-opportunity").value = String(saved.opportunity.id);
    syncOpportunity();
  } catch (failure) {
    error.hidden = false;
    error.textContent = [failure.message, ...describeErrors(failure.errors)].join("\n");
  } finally {
    $("interview-save").disabled = false;
  }
}

function syncOpportunity() {
  $("interview-new").hidden = Boolean($("interview-opportunity").value);
}

function selectTab(tab) {
  for (const other of document.querySelectorAll('[role="tab"]')) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
  }
  $("notes").setAttribute("aria-labelledby", tab.id);
  state.kind = tab.dataset.kind;
  loadSuggestions();
}

function wireTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  for (const tab of tabs) {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      next.focus();
      selectTab(next);
    });
  }
}

const CARD_FIELDS = ["current_title", "email", "phone", "preferred_channel"];

function cardInput(field) {
  return document.querySelector(`#card-form [data-field="${field}"]`);
}

/** The business-card fields, each corrected one with what LinkedIn says beside it. */
function renderCard(contact) {
  for (const field of CARD_FIELDS) cardInput(field).value = contact[field] ?? "";
  const says = document.querySelector('[data-testid="says-current_title"]');
  const original = contact.profile_values?.current_title;
  says.hidden = original === undefined;
  says.textContent = original === undefined ? "" : `LinkedIn says: ${original || "nothing"}`;
}

async function saveCard(event) {
  event.preventDefault();
  const changes = {};
  for (const field of CARD_FIELDS) {
    const value = cardInput(field).value.trim();
    if (value !== (state.contact[field] ?? "")) changes[field] = value;
  }
  $("card-error").hidden = true;
  if (!Object.keys(changes).length) {
    $("card-saved").textContent = "Nothing changed.";
    return;
  }
  $("card-save").disabled = true;
  try {
    const contact = await request("updateContact", { contactId: state.contact.id, changes });
    state.contact = { ...state.contact, ...contact };
    renderCard(state.contact);
    const role = [contact.current_title, contact.current_company].filter(Boolean).join(" at ");
    $("contact-role").textContent = role || contact.headline || "";
    $("card-saved").textContent = "Saved.";
  } catch (failure) {
    $("card-error").hidden = false;
    $("card-error").textContent = [failure.message, ...describeErrors(failure.errors)].join("\n");
  } finally {
    $("card-save").disabled = false;
  }
}

function wireForm() {
  wireTabs();
  $("card-form").addEventListener("submit", saveCard);
  $("interview-timeframe").addEventListener("input", () => readTimeframe());
  $("interview-date").addEventListener("change", () => readTimeframe());
  $("interview-opportunity").addEventListener("change", syncOpportunity);
  $("interview-form").addEventListener("submit", saveInterview);

  const kind = $("add-kind");
  const syncKind = () => {
    const article = kind.value === "article";
    $("add-url-field").hidden = !article;
    $("add-text-label").textContent = {
      interview: "What did you talk about?",
      article: "What is it about?",
      custom: "What do you want to mention?",
    }[kind.value];
  };
  kind.addEventListener("change", syncKind);
  syncKind();

  $("add-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("add-text").value.trim();
    const url = $("add-url").value.trim();
    const error = $("add-error");
    error.hidden = true;
    if (!text) {
      error.hidden = false;
      error.textContent = "Write a few words first.";
      $("add-text").focus();
      return;
    }
    if (kind.value === "article" && url && !safeHref(url)) {
      error.hidden = false;
      error.textContent = "That link doesn't look like a web address.";
      $("add-url").focus();
      return;
    }
    $("add-submit").disabled = true;
    try {
      await request("addTalkingPoint", {
        contactId: state.contact.id,
        kind: kind.value,
        text,
        url: kind.value === "article" ? url : "",
      });
      $("add-text").value = "";
      $("add-url").value = "";
      await refreshContact();
      await loadSuggestions();
    } catch (failure) {
      showActionError(failure);
    } finally {
      $("add-submit").disabled = false;
    }
  });

  $("tone").addEventListener("change", async () => {
    state.tone = $("tone").value;
    await chrome.storage.local.set({ tone: state.tone });
    await loadSuggestions();
  });

  $("open-options").addEventListener("click", (event) => {
    event.preventDefault();
    openOptions();
  });
}

async function init() {
  const { tone } = await chrome.storage.local.get("tone");
  if (["warm", "professional", "brief"].includes(tone)) state.tone = tone;
  $("tone").value = state.tone;
  wireForm();
  await start();
}

init();

