// Fills LinkedIn's "Add a note" box in the invite dialog. It types nothing else and never
// presses Send: the user reads the note and sends it.

const NOTE_BOX = [
  'textarea[name="message"]',
  "textarea#custom-message",
  '[role="dialog"] textarea',
  'textarea[aria-label*="note" i]',
];
const ADD_NOTE_BUTTON = /^add a (free )?(personali[sz]ed )?note$/i;
// LinkedIn renders newer dialogs into this host's shadow root.
const SHADOW_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';

function shadowRootOf(element) {
  // chrome.dom reaches closed roots too; element.shadowRoot only open ones.
  return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(element) ?? element.shadowRoot ?? null;
}

/** The document, then the shadow roots in it: LinkedIn's known hosts first, then any others. */
function* searchRoots(doc) {
  const seen = new Set();
  function* enter(root) {
    if (!root || seen.has(root)) return;
    seen.add(root);
    yield root;
    for (const element of root.querySelectorAll("*")) yield* enter(shadowRootOf(element));
  }
  yield doc;
  for (const host of doc.querySelectorAll(SHADOW_HOSTS)) yield* enter(shadowRootOf(host));
  // Unknown hosts: one sweep over the page, only reached when the known places had nothing.
  for (const element of doc.querySelectorAll("*")) yield* enter(shadowRootOf(element));
}

function findIn(doc, find) {
  for (const root of searchRoots(doc)) {
    const found = find(root);
    if (found) return found;
  }
  return null;
}

function isShown(element) {
  return element.getClientRects().length > 0;
}

/** The invite dialog's note textarea the user can see, wherever it is rendered, or null. */
export function findNoteBox(doc) {
  return findIn(doc, (root) => {
    for (const selector of NOTE_BOX) {
      const box = [...root.querySelectorAll(selector)]
        .find((element) => !element.disabled && !element.readOnly && isShown(element));
      if (box) return box;
    }
    return null;
  });
}

function findAddNoteButton(doc) {
  return findIn(doc, (root) => [...root.querySelectorAll('[role="dialog"] button, dialog button')]
    .find((button) => isShown(button)
      && ADD_NOTE_BUTTON.test((button.getAttribute("aria-label") || button.textContent).trim())));
}

function waitFor(find, timeoutMs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      const found = find();
      if (found || Date.now() - started > timeoutMs) resolve(found);
      else setTimeout(tick, 50);
    };
    tick();
  });
}

/**
 * Put text into the note box as if typed: the native value setter (so frameworks that track
 * the value notice the change) and an input event. Opens the note box first when the dialog
 * only shows "Add a note". Returns {ok, length, limit} or {ok: false, reason}.
 */
export async function fillNote(doc, text) {
  let box = findNoteBox(doc);
  if (!box) {
    const addNote = findAddNoteButton(doc);
    if (!addNote) return { ok: false, reason: "no_dialog" };
    addNote.click();
    box = await waitFor(() => findNoteBox(doc), 1500);
    if (!box) return { ok: false, reason: "no_dialog" };
  }
  const limit = box.maxLength > 0 ? box.maxLength : null;
  if (limit && text.length > limit) return { ok: false, reason: "too_long", limit, length: text.length };
  const view = box.ownerDocument.defaultView;
  const setter = Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, "value").set;
  box.focus();
  setter.call(box, text);
  box.dispatchEvent(new view.Event("input", { bubbles: true, composed: true }));
  box.dispatchEvent(new view.Event("change", { bubbles: true }));
  return { ok: true, length: text.length, limit };
}
