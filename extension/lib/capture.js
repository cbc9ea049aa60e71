// The body of POST /api/contacts/capture, built from a parse result.

// The server refuses a capture outright when a field is over its limit; a profile with a
// 12,000-character About or 150 skills should still be saved, so values are cut to fit.
const LIMITS = {
  full_name: 200, headline: 500, location: 200, about: 10_000, title: 300, company: 300,
  school: 300, degree: 300, field: 300, positions: 100, education: 50, skills: 200,
  skill: 100, interests: 200, interest: 200, first_name: 100, last_name: 100,
};
const SCALARS = ["full_name", "first_name", "last_name", "headline", "location", "about"];
const POSITION_FIELDS = ["title", "company", "start", "location"];
const EDUCATION_FIELDS = ["school", "degree", "field", "start", "end"];

function fit(value, limit) {
  return typeof value === "string" && limit ? value.slice(0, limit).trim() : value;
}

function compact(entry, fields) {
  const out = {};
  for (const field of fields) {
    const value = fit(entry[field], LIMITS[field]);
    if (value != null && value !== "") out[field] = value;
  }
  return out;
}

/**
 * What the extension sends for a parsed profile. Unknown values are left out rather than sent
 * as null, except a position's `end`, where null means "present".
 */
export function captureBody(result) {
  const profile = result.profile ?? {};
  const body = { linkedin_url: result.url };
  for (const field of SCALARS) {
    const value = fit(profile[field], LIMITS[field]);
    if (value) body[field] = value;
  }
  if (/^https?:\/\//.test(profile.photo_url ?? "")) body.photo_url = profile.photo_url;
  body.positions = (profile.positions ?? [])
    .filter((p) => p.title || p.company)
    .slice(0, LIMITS.positions)
    .map((p) => ({ ...compact(p, POSITION_FIELDS), end: p.end ?? null }));
  body.education = (profile.education ?? [])
    .filter((e) => e.school)
    .slice(0, LIMITS.education)
    .map((e) => compact(e, EDUCATION_FIELDS));
  body.skills = (profile.skills ?? []).slice(0, LIMITS.skills).map((s) => fit(s, LIMITS.skill));
  body.interests = (profile.interests ?? []).slice(0, LIMITS.interests).map((s) => fit(s, LIMITS.interest));
  const followed = (profile.followed ?? []).slice(0, LIMITS.interests)
    .map((f) => ({ type: f.type, name: fit(f.name, LIMITS.interest) }))
    .filter((f) => f.name);
  if (followed.length) body.followed = followed;
  body.capture = {
    source: result.sources?.full_name ?? "dom",
    layout: result.layout ?? "unknown",
    complete: Boolean(result.complete),
    fields: { ...result.sources },
    missing: [...(result.missing ?? [])],
  };
  // Lists LinkedIn cut short behind "Show all N": the server keeps a longer list it has for them.
  const cutShort = Object.keys(result.cut_short ?? {});
  if (cutShort.length) body.capture.cut_short = cutShort;
  // A "Show all" page: the server merges its one list into the contact it already has.
  if (result.details) body.capture.details = result.details;
  if (result.private) body.capture.private = true;
  return body;
}
