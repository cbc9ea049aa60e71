// LinkedIn date lines ("Jul 2021 - Present · 3 yrs 5 mos") to "YYYY" / "YYYY-MM" strings.

import { cleanText } from "./text.js";

const MONTHS = new Map([
  ["jan", 1], ["january", 1], ["feb", 2], ["february", 2], ["mar", 3], ["march", 3],
  ["apr", 4], ["april", 4], ["may", 5], ["jun", 6], ["june", 6], ["jul", 7], ["july", 7],
  ["aug", 8], ["august", 8], ["sep", 9], ["sept", 9], ["september", 9], ["oct", 10],
  ["october", 10], ["nov", 11], ["november", 11], ["dec", 12], ["december", 12],
]);
const PRESENT = /^(present|now|current|today)$/i;
const ONE_DATE = /^(?:([A-Za-z]{3,9})\.?\s+)?(\d{4})$/;
const RANGE_SPLIT = /\s+(?:-|–|—|to)\s+/;

/** One date ("Jul 2021", "2013") as "YYYY-MM" / "YYYY"; "Present" as null; anything else undefined. */
export function parseLinkedInDate(text) {
  const value = cleanText(text);
  if (PRESENT.test(value)) return null;
  const match = value.match(ONE_DATE);
  if (!match) return undefined;
  const [, monthName, year] = match;
  if (!monthName) return year;
  const month = MONTHS.get(monthName.toLowerCase());
  if (!month) return undefined;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * A date line as {start, end}; end null means present. Returns null when the line is not a date.
 * The duration after " · " is ignored; a single date means it started and ended then.
 */
export function parseDateRange(text) {
  const value = cleanText(text).split(/\s+·\s+/)[0];
  if (!value) return null;
  const parts = value.split(RANGE_SPLIT);
  if (parts.length > 2) return null;
  const start = parseLinkedInDate(parts[0]);
  if (!start) return null;
  if (parts.length === 1) return { start, end: start };
  const end = parseLinkedInDate(parts[1]);
  if (end === undefined) return null;
  return { start, end };
}

/** A schema.org / ISO date ("2020", "2020-02", "2020-02-01") cut to "YYYY" or "YYYY-MM". */
export function isoToProfileDate(value) {
  const match = cleanText(value).match(/^(\d{4})(?:-(\d{2}))?/);
  if (!match) return null;
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

/** A voyager {year, month?} date as "YYYY" / "YYYY-MM". */
export function partsToProfileDate(date) {
  if (!date || !Number.isInteger(date.year)) return null;
  return date.month ? `${date.year}-${String(date.month).padStart(2, "0")}` : String(date.year);
}
