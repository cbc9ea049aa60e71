// The "about me" form's data, as PUT /api/me takes it.

import { cleanText, splitList } from "./text.js";

function year(value) {
  const text = cleanText(value);
  return /^\d{4}(-\d{2})?$/.test(text) ? text : null;
}

function withOptional(entry, fields) {
  const out = {};
  for (const [key, value] of Object.entries(entry)) {
    if (fields.includes(key) && value) out[key] = value;
  }
  return out;
}

/**
 * Turn what the form holds into the /api/me body: rows without a school or company are dropped,
 * blank optional fields are left out, interests come from a comma-separated line.
 */
export function meFromForm({ fullName, headline, location, accountType, schools, employers, interests }) {
  return {
    full_name: cleanText(fullName),
    headline: cleanText(headline),
    location: cleanText(location),
    account_type: accountType === "premium" ? "premium" : "free",
    schools: (schools ?? [])
      .map((row) => ({
        school: cleanText(row.school),
        ...withOptional({ degree: cleanText(row.degree), start: year(row.start), end: year(row.end) },
          ["degree", "start", "end"]),
      }))
      .filter((row) => row.school),
    employers: (employers ?? [])
      .map((row) => ({
        company: cleanText(row.company),
        ...withOptional({ title: cleanText(row.title), start: year(row.start), end: year(row.end) },
          ["title", "start", "end"]),
      }))
      .filter((row) => row.company),
    interests: splitList(interests),
  };
}

/** The inverse of meFromForm, for filling the form from GET /api/me. */
export function formFromMe(me) {
  return {
    fullName: me?.full_name ?? "",
    headline: me?.headline ?? "",
    location: me?.location ?? "",
    accountType: me?.account_type === "premium" ? "premium" : "free",
    schools: (me?.schools ?? []).map((s) => ({
      school: s.school ?? "", degree: s.degree ?? "", start: s.start ?? "", end: s.end ?? "",
    })),
    employers: (me?.employers ?? []).map((e) => ({
      company: e.company ?? "", title: e.title ?? "", start: e.start ?? "", end: e.end ?? "",
    })),
    interests: (me?.interests ?? []).join(", "),
  };
}
