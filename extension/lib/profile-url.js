// Which URLs are LinkedIn profiles, and the one canonical URL a profile is stored under.

const PROFILE_HOSTS = new Set(["www.linkedin.com", "linkedin.com"]);

function decodeSlug(raw) {
  let slug = raw;
  // Links copied from some apps are encoded twice ("%25D0%25B8"); two rounds undo that.
  for (let round = 0; round < 2 && /%[0-9a-f]{2}/i.test(slug); round += 1) {
    try {
      slug = decodeURIComponent(slug);
    } catch {
      break;
    }
  }
  return slug;
}

/** The profile's public identifier ("priya-raman-3b7c21": decoded, NFC, lower case) or null. */
export function profileSlug(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" || !PROFILE_HOSTS.has(parsed.hostname)) return null;
  const match = parsed.pathname.match(/^\/in\/([^/]+)/);
  if (!match) return null;
  const slug = decodeSlug(match[1]).trim().normalize("NFC").toLowerCase();
  return slug || null;
}

/** Whether the URL is someone's LinkedIn profile (any of its sub-pages count). */
export function isProfileUrl(url) {
  return profileSlug(url) !== null;
}

/** "https://www.linkedin.com/in/<slug>/" with the slug percent-encoded once, or null. */
export function canonicalProfileUrl(url) {
  const slug = profileSlug(url);
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : null;
}
