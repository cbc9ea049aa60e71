// Small text helpers shared by the parser, the popup and the options page.

// Zero-width and direction marks, the soft hyphen, and the private-use area, where LinkedIn's
// icon font puts glyphs that show as boxes anywhere else.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ue000-\uf8ff]/g;

/** Collapse whitespace (including no-break spaces) and drop invisible and private-use characters. */
export function cleanText(value) {
  if (value == null) return "";
  return String(value).replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Like cleanText, but keeps the text's lines apart: one blank line at most between paragraphs. */
export function cleanLines(value) {
  if (value == null) return "";
  const lines = String(value).split(/\r\n|[\n\r\u2028\u2029]/).map(cleanText);
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
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

