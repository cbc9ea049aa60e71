// Content scripts cannot be ES modules, so this classic script imports the real one. The
// modules are web-accessible to linkedin.com only; "use_dynamic_url" would hide them better,
// but Chromium then refuses the modules' own imports.
if (!globalThis.segueLoaderInstalled) {
  globalThis.segueLoaderInstalled = true;
  const ready = import(chrome.runtime.getURL("content/main.js"));
  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id || !String(message?.type).startsWith("segue:")) return false;
    ready
      .then((main) => main.handleMessage(message))
      .then(sendResponse, (error) => sendResponse({ error: String(error?.message ?? error) }));
    return true;
  });
}
