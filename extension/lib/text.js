// Small text helpers shared by the parser, the popup and the options page.

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Collapse whitespace (including no-break spaces) and drop zero-width characters. */
export function cleanText(value) {
  if (value == null) return "";
  return String(value).replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Split a LinkedIn "a · b · c" line into its trimmed, non-empty parts. */
export function splitDotted(line) {
  return cleanText(line)
    .split(/\s+[·•]\s+|\s*[·•]\s*$|^\s*[·•]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

const EMPLOYMENT_TYPES = new Set([
  "full-time", "part-time", "self-employed", "freelance", "contract", "internship",
  "apprenticeship", "seasonal", "temporary", "volunteer",
]);
const WORKPLACE_TYPES = new Set(["on-site", "remote", "hybrid"]);

/** Whether a line part names an employment type ("Full-time") rather than a company. */
export function isEmploymentType(part) {
  return EMPLOYMENT_TYPES.has(cleanText(part).toLowerCase());
}

/** Whether a line part names a workplace type ("Remote") rather than a place. */
export function isWorkplaceType(part) {
  return WORKPLACE_TYPES.has(cleanText(part).toLowerCase());
}

/** Whether a line is only a duration such as "6 yrs 2 mos" or "11 mos". */
export function isDuration(line) {
  return /^(\d+\s*(yrs?|years?|mos?|months?)\s*)+$/i.test(cleanText(line));
}

/** Length as the browser counts it: UTF-16 code units, so "🙂" is 2. */
export function noteLength(text) {
  return String(text ?? "").length;
}

/** The counter shown under a note: "187 / 200". */
export function formatCount(text, limit) {
  return `${noteLength(text)} / ${limit}`;
}

/** Split a comma- or newline-separated list typed by the user into clean, unique items. */
export function splitList(value) {
  const seen = new Set();
  const items = [];
  for (const raw of String(value ?? "").split(/[,\n;]/)) {
    const item = cleanText(raw);
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}

