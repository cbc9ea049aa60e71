// The HTTP client for Segue's local server. Only the service worker imports it.

/** A failed call, classified by what the user can do about it. */
export class ApiError extends Error {
  /**
   * @param {"not_configured"|"offline"|"unauthorized"|"forbidden"|"not_found"|"invalid"|"server"} kind
   */
  constructor(kind, message, { status = 0, errors = null } = {}) {
    super(message);
    this.name = "ApiError";
    this.kind = kind;
    this.status = status;
    this.errors = errors;
  }

  toJSON() {
    return { kind: this.kind, message: this.message, status: this.status, errors: this.errors };
  }
}

const KIND_BY_STATUS = new Map([
  [401, "unauthorized"], [403, "forbidden"], [404, "not_found"], [422, "invalid"], [400, "invalid"],
]);

/** The ApiError kind for an HTTP status that is not a success. */
export function kindForStatus(status) {
  return KIND_BY_STATUS.get(status) ?? (status >= 500 ? "server" : "invalid");
}

/** Join the server URL and an API path with its query, skipping empty query values. */
export function apiUrl(serverUrl, path, query = {}) {
  const url = new URL(path, `${serverUrl}/`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  return url.href;
}

/**
 * Call the server and return {status, data}. Throws ApiError on every failure, so callers
 * tell "not running" from "wrong token" without looking at raw responses.
 */
export async function apiRequest(settings, method, path, { body, query, auth = true } = {}) {
  if (auth && !settings.token) {
    throw new ApiError("not_configured", "Add your Segue token in the extension's options.");
  }
  const headers = { Accept: "application/json" };
  if (auth) headers.Authorization = `Bearer ${settings.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(apiUrl(settings.serverUrl, path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
    });
  } catch {
    throw new ApiError("offline", `Segue's server is not answering at ${settings.serverUrl}.`);
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const message = data?.message || response.statusText || `HTTP ${response.status}`;
    throw new ApiError(kindForStatus(response.status), message, {
      status: response.status,
      errors: data?.errors ?? null,
    });
  }
  return { status: response.status, data };
}
