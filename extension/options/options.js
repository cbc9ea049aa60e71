// The options page: where the server is, the token, and what Segue knows about the user.

import { formFromMe, meFromForm } from "../lib/me.js";
import { describeErrors, request } from "../lib/messaging.js";
import { loadSettings, saveSettings } from "../lib/settings.js";

const $ = (id) => document.getElementById(id);

const PROBLEM_TEXT = {
  offline: "Not running — start it with ./scripts/serve",
  unauthorized: "Wrong token",
  not_configured: "Token missing",
  forbidden: "Refused by the server",
  invalid: "Check the address",
};

function setConnection(text, state) {
  const status = $("connection-status");
  status.textContent = text;
  status.dataset.state = state;
}

function setMeStatus(text, state = "") {
  $("me-status").textContent = text;
  $("me-status").dataset.state = state;
}

function addRow(kind, values = {}) {
  const row = $(`${kind}-row`).content.firstElementChild.cloneNode(true);
  for (const input of row.querySelectorAll("input")) input.value = values[input.dataset.name] ?? "";
  row.querySelector(".row__remove").addEventListener("click", () => {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    (next?.querySelector("input") ?? $(`add-${kind}`)).focus();
  });
  $(`${kind}s`).append(row);
  return row;
}

function readRows(kind) {
  return [...$(`${kind}s`).children].map((row) => Object.fromEntries(
    [...row.querySelectorAll("input")].map((input) => [input.dataset.name, input.value]),
  ));
}

function fillMe(me) {
  const form = formFromMe(me);
  $("me-full-name").value = form.fullName;
  $("me-headline").value = form.headline;
  $("me-location").value = form.location;
  $("me-account-type").value = form.accountType;
  $("me-interests").value = form.interests;
  $("schools").replaceChildren();
  $("employers").replaceChildren();
  for (const school of form.schools) addRow("school", school);
  for (const employer of form.employers) addRow("employer", employer);
  if (!form.schools.length) addRow("school");
  if (!form.employers.length) addRow("employer");
}

function enableMe(enabled) {
  $("me-fields").disabled = !enabled;
  $("me-save").disabled = !enabled;
}

let connectionCheck = 0;

/** Test the saved settings; on success load "about me" from the server. */
async function checkConnection() {
  // Only the latest check speaks: an earlier one may answer for settings since replaced.
  const ticket = ++connectionCheck;
  setConnection("Checking…", "");
  try {
    const health = await request("health");
    if (ticket !== connectionCheck) return;
    setConnection("Connected", "connected");
    $("connection-status").title = health.version ? `Segue server ${health.version}` : "";
    const me = await request("getMe");
    fillMe(me);
    enableMe(true);
    setMeStatus("");
  } catch (error) {
    if (ticket !== connectionCheck) return;
    setConnection(PROBLEM_TEXT[error.kind] ?? error.message, "problem");
    enableMe(false);
    setMeStatus("Connect to the server to edit this.");
  }
}

async function init() {
  const settings = await loadSettings();
  $("server-url").value = settings.serverUrl;
  $("token").value = settings.token;

  $("show-token").addEventListener("click", () => {
    const show = $("token").type === "password";
    $("token").type = show ? "text" : "password";
    $("show-token").textContent = show ? "Hide" : "Show";
    $("show-token").setAttribute("aria-pressed", String(show));
  });

  $("connection-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("connection-error");
    error.hidden = true;
    try {
      const saved = await saveSettings({ serverUrl: $("server-url").value, token: $("token").value });
      $("server-url").value = saved.serverUrl;
      $("token").value = saved.token;
    } catch (failure) {
      error.hidden = false;
      error.textContent = failure.message;
      $("server-url").focus();
      return;
    }
    await checkConnection();
  });

  const { notify = true } = await chrome.storage.local.get("notify");
  $("notify").checked = notify;
  $("notify").addEventListener("change", () => chrome.storage.local.set({ notify: $("notify").checked }));

  $("add-school").addEventListener("click", () => addRow("school").querySelector("input").focus());
  $("add-employer").addEventListener("click", () => addRow("employer").querySelector("input").focus());

  $("me-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    $("me-error").hidden = true;
    const me = meFromForm({
      fullName: $("me-full-name").value,
      headline: $("me-headline").value,
      location: $("me-location").value,
      accountType: $("me-account-type").value,
      schools: readRows("school"),
      employers: readRows("employer"),
      interests: $("me-interests").value,
    });
    $("me-save").disabled = true;
    setMeStatus("Saving…");
    try {
      fillMe(await request("putMe", { me }));
      setMeStatus("Saved", "saved");
    } catch (error) {
      setMeStatus("Not saved", "problem");
      $("me-error").hidden = false;
      $("me-error").textContent = [error.message, ...describeErrors(error.errors)].join("\n");
    } finally {
      $("me-save").disabled = false;
    }
  });

  await checkConnection();
}

init();
