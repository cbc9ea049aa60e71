// Progressive enhancement for every page: each form and link works without this file.
// With it, drafts count their length and copy, marked forms save in place, uploads show
// their progress, and a typed timeframe is read back as a date.

const csrfToken = () => document.querySelector('meta[name="csrf-token"]')?.content ?? "";

function announce(message) {
  let region = document.getElementById("announcer");
  if (!region) {
    region = document.createElement("p");
    region.id = "announcer";
    region.className = "visually-hidden";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    document.body.append(region);
  }
  region.textContent = message;
}

function mailtoHref(address, subject, body) {
  const enc = (text) => encodeURIComponent(text);
  return `mailto:${enc(address).replace("%40", "@")}?subject=${enc(subject)}&body=${enc(body)}`;
}

function enhanceDraft(draft) {
  const text = draft.querySelector("textarea");
  const length = draft.querySelector("[data-draft-length]");
  const copy = draft.querySelector("[data-copy]");
  const mail = draft.querySelector("[data-mailto]");
  const subject = draft.querySelector("[data-draft-subject]")?.textContent ?? "";
  // String length counts UTF-16 code units, as LinkedIn's limit does.
  text.addEventListener("input", () => {
    length.textContent = String(text.value.length);
    if (mail) mail.href = mailtoHref(mail.dataset.mailto, subject, text.value);
  });
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", async () => {
      await navigator.clipboard.writeText(text.value);
      copy.textContent = "Copied";
      announce("Copied to the clipboard.");
      setTimeout(() => (copy.textContent = "Copy"), 2000);
    });
  }
}

// The page a form's answer redirected to, swapped in for this one's <main>.
function swapMain(html) {
  const next = new DOMParser().parseFromString(html, "text/html").querySelector("main");
  const main = document.querySelector("main");
  if (!next || !main) return false;
  main.replaceChildren(...Array.from(next.childNodes, (node) => document.importNode(node, true)));
  enhance(main);
  return true;
}

function enhanceForm(form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = event.submitter;
    const body = new FormData(form);
    if (button?.name) body.append(button.name, button.value);
    form.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body,
        headers: { "X-CSRF-Token": csrfToken() },
        credentials: "same-origin",
      });
      if (!swapMain(await response.text())) window.location.reload();
      announce(response.ok ? form.dataset.enhance || "Saved." : "That was not saved.");
    } finally {
      form.removeAttribute("aria-busy");
    }
  });
}

function enhanceUpload(form) {
  const progress = form.querySelector("[data-upload-progress]");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("X-CSRF-Token", csrfToken());
    progress.hidden = false;
    progress.value = 0;
    request.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100);
    });
    // Sent: the server is reading the file now, so the bar has no end to show.
    request.upload.addEventListener("load", () => progress.removeAttribute("value"));
    request.addEventListener("load", () => {
      if (!swapMain(request.responseText)) window.location.reload();
      announce("The preview is ready.");
    });
    request.send(new FormData(form));
  });
}

function enhanceBusy(form) {
  form.addEventListener("submit", () => {
    const progress = form.querySelector("[data-busy-progress]");
    if (progress) progress.hidden = false;
  });
}

function enhanceTimeframe(input) {
  const form = input.form;
  const day = form.querySelector("[data-interview-day]");
  const output = form.querySelector("[data-timeframe-reading]");
  let turn = 0;
  const read = async () => {
    const mine = ++turn;
    const params = new URLSearchParams({ words: input.value, on: day.value });
    const response = await fetch(`${input.dataset.timeframe}?${params}`, {
      credentials: "same-origin",
    });
    if (mine !== turn || !response.ok) return;
    output.textContent = (await response.json()).reading;
  };
  input.addEventListener("input", read);
  day.addEventListener("change", read);
}

function enhance(root) {
  root.querySelectorAll("[data-draft]").forEach(enhanceDraft);
  root.querySelectorAll("form[data-enhance]").forEach(enhanceForm);
  root.querySelectorAll("form[data-upload]").forEach(enhanceUpload);
  root.querySelectorAll("form[data-busy]").forEach(enhanceBusy);
  root.querySelectorAll("[data-timeframe]").forEach(enhanceTimeframe);
}

enhance(document);
