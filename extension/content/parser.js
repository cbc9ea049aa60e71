// The profile parser. Sources are tried in a fixed order: structured data (JSON-LD, then the
// voyager payloads), then landmarks (section anchors, componentkey, data-view-name, headings,
// aria labels), then plain text (title and meta tags). It never throws.

import { parseDateRange } from "../lib/dates.js";
import { canonicalProfileUrl, profileSlug } from "../lib/profile-url.js";
import { profileFromJsonLd, profileFromVoyager } from "../lib/structured.js";
import {
  cleanLines, cleanText, isDuration, isEmploymentType, isWorkplaceType, splitDotted,
} from "../lib/text.js";
import {
  blockLines, entityLines, outermost, textWithBreaks, visibleText,
} from "./dom-text.js";

export const SOURCES = ["json-ld", "voyager", "dom", "text"];
/** Fields a capture needs before it counts as complete. */
export const REQUIRED_FIELDS = ["full_name", "headline", "location", "positions", "education"];
/** The capture field each "Show all" page (/in/<slug>/details/<page>/) lists in full. */
export const DETAILS_PAGES = {
  experience: "positions", education: "education", skills: "skills", interests: "interests",
};
const SECTION_FIELDS = { experience: "positions", education: "education", skills: "skills", interests: "interests" };

const LAYOUTS = {
  ember: {
    entity: '[data-view-name="profile-component-entity"]',
    topCard: (main) => [...main.querySelectorAll("section")].find((s) => s.querySelector("h1")),
  },
  sdui: {
    entity: '[componentkey^="entity-collection-item"]',
    topCard: (main) => main.querySelector('[componentkey$="Topcard"], [componentkey*="Topcard"]'),
  },
  public: {
    entity: "li",
    topCard: (main) => main.querySelector(".top-card-layout, .top-card"),
  },
  unknown: {
    entity: "li",
    topCard: (main) => main.querySelector("h1")?.closest("section") ?? null,
  },
};

const SECTION_WORDS = {
  about: ["about", "summary"],
  experience: ["experience"],
  education: ["education"],
  skills: ["skills"],
  interests: ["interests", "groups"],
};
const KIND_BY_WORD = new Map(
  Object.entries(SECTION_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind])),
);

/** Which markup generation the page is. */
export function detectLayout(doc) {
  if (doc.querySelector('[componentkey*="Topcard"], [componentkey*="sdui.profile"]')) return "sdui";
  if (doc.querySelector('[data-view-name="profile-card"], .pv-profile-card, code[id^="bpr-guid-"]')) {
    return "ember";
  }
  if (doc.querySelector('script[type="application/ld+json"], .top-card-layout, .core-section-container')) {
    return "public";
  }
  return "unknown";
}

function parseJsonBlocks(elements, mentions = () => true) {
  const documents = [];
  for (const element of elements) {
    const text = element.textContent;
    if (!mentions(text)) continue;
    try {
      documents.push(JSON.parse(text));
    } catch {
      // A malformed block is LinkedIn's problem, not a reason to lose the others.
    }
  }
  return documents;
}

function fromJsonLd(doc, slug) {
  return profileFromJsonLd(parseJsonBlocks(doc.querySelectorAll('script[type="application/ld+json"]')), slug);
}

function fromVoyager(doc, slug) {
  // Logged-in pages embed hundreds of KB of JSON (feed, ads, tracking); only blocks holding
  // profile entities (Profile, Position, Education) are worth parsing.
  const blocks = doc.querySelectorAll('code[id^="bpr-guid-"]');
  return profileFromVoyager(parseJsonBlocks(blocks, (text) => text.includes("identity.profile.")), slug);
}

function sectionKind(section) {
  const anchor = section.querySelector(":scope > [id]")?.id?.toLowerCase();
  if (anchor && KIND_BY_WORD.has(anchor)) return KIND_BY_WORD.get(anchor);
  const key = section.getAttribute("componentkey") ?? "";
  const keyMatch = key.match(/(About|Summary|Experience|Education|Skills|Interests)(?:TopLevelSection|Section)?$/);
  if (keyMatch) return KIND_BY_WORD.get(keyMatch[1].toLowerCase());
  const named = section.dataset.section?.toLowerCase()
    ?? [...section.classList].find((c) => KIND_BY_WORD.has(c.toLowerCase()))?.toLowerCase();
  if (named && KIND_BY_WORD.has(named)) return KIND_BY_WORD.get(named);
  const heading = cleanText(visibleText(section.querySelector("h2, h3"))).toLowerCase();
  if (KIND_BY_WORD.has(heading)) return KIND_BY_WORD.get(heading);
  const label = cleanText(section.getAttribute("aria-label")).toLowerCase();
  return KIND_BY_WORD.get(label) ?? null;
}

function findSections(main) {
  const sections = {};
  for (const section of main.querySelectorAll("section")) {
    const kind = sectionKind(section);
    if (kind && !sections[kind]) sections[kind] = section;
  }
  return sections;
}

// Top-card lines that are not the headline or the place: pronouns, degree badges, counts.
const NOISE = [
  /^\((?:[a-z]+\/)*[a-z]+\)$/i,
  /^·?\s*(1st|2nd|3rd\+?)(\s+degree connection)?$/i,
  /^[\d,.]+\s*[kKmM]?\+?(\s+(connections?|followers?))?$/i,
  /^\S+( and \d+ others?)? (is a |are )?mutual connections?$/i,
  /^contact info$/i,
  /^[·•|,\-–]+$/,
];

function isNoise(line, name) {
  return line === name || NOISE.some((re) => re.test(line));
}

const TOP_CARD_SKIP = (nameElement) => (element) => element === nameElement
  || element.matches("a, button, svg, img, [aria-hidden='true'], .distance-badge, [role='button']");

function readTopCard(topCard, doc) {
  const nameElement = topCard.querySelector("h1") ?? topCard.querySelector("h2");
  const fullName = visibleText(nameElement);
  const skip = TOP_CARD_SKIP(nameElement);
  const lines = blockLines(topCard, skip).filter((line) => !isNoise(line, fullName));

  let location = null;
  const contact = topCard.querySelector('a[href*="contact-info"]');
  for (let box = contact?.parentElement, level = 0; box && level < 3 && topCard.contains(box);
    box = box.parentElement, level += 1) {
    const found = blockLines(box, skip).filter((line) => !isNoise(line, fullName));
    if (found.length) {
      [location] = found;
      break;
    }
  }
  const rest = lines.filter((line) => line !== location);
  const headline = rest[0] ?? null;
  location ??= rest[1] ?? null;

  let photo = null;
  for (const img of topCard.querySelectorAll("img")) {
    const src = img.getAttribute("src") ?? "";
    if (!/^https?:\/\//.test(src)) continue;
    const hint = `${img.className} ${img.closest("[componentkey]")?.getAttribute("componentkey") ?? ""}`;
    if ((fullName && (img.alt === fullName || img.title === fullName))
      || /profile-picture|top-card|topcard/i.test(hint)) {
      photo = new URL(src, doc.baseURI).href;
      break;
    }
  }
  return { full_name: fullName || null, headline, location, photo_url: photo };
}

function looksLikePlace(line) {
  return line.length <= 80 && !/[.!?]$/.test(line) && !parseDateRange(line) && !isDuration(line)
    && line.split(/\s+/).length <= 8;
}

function readPosition(lines, groupCompany) {
  const [title = null, ...rest] = lines;
  const dateIndex = rest.findIndex((line) => parseDateRange(line));
  const dates = dateIndex >= 0 ? parseDateRange(rest[dateIndex]) : { start: null, end: null };
  let company = groupCompany ?? null;
  if (!groupCompany && rest.length && dateIndex !== 0) {
    company = splitDotted(rest[0]).find((p) => !isEmploymentType(p) && !isDuration(p)) ?? null;
  }
  let location = null;
  const after = dateIndex >= 0 ? rest[dateIndex + 1] : null;
  if (after && looksLikePlace(after)) {
    location = splitDotted(after).find((p) => !isWorkplaceType(p)) ?? null;
  }
  return { title, company, start: dates.start, end: dates.end, location };
}

function readExperience(section, entitySelector) {
  const positions = [];
  const skip = (element) => element.matches(`${entitySelector}, .pvs-entity__sub-components, button, h2`);
  for (const entity of outermost(section, entitySelector)) {
    const nested = outermost(entity, entitySelector)
      .map((child) => entityLines(child, (element) => element.matches(`${entitySelector}, button`)))
      .filter((lines) => lines.some((line) => parseDateRange(line)));
    const lines = entityLines(entity, skip);
    if (!lines.length) continue;
    if (nested.length && !lines.some((line) => parseDateRange(line))) {
      // A company header with one entry per role held there.
      const company = splitDotted(lines[0])[0];
      for (const roleLines of nested) positions.push(readPosition(roleLines, company));
    } else {
      positions.push(readPosition(lines, null));
    }
  }
  return positions.filter((p) => p.title || p.company);
}

function readEducation(section, entitySelector) {
  const education = [];
  const skip = (element) => element.matches(`${entitySelector}, .pvs-entity__sub-components, button, h2`);
  for (const entity of outermost(section, entitySelector)) {
    const [school, ...rest] = entityLines(entity, skip);
    if (!school) continue;
    const dateIndex = rest.findIndex((line) => parseDateRange(line));
    const dates = dateIndex >= 0 ? parseDateRange(rest[dateIndex]) : { start: null, end: null };
    let degree = null;
    let field = null;
    const infos = [...entity.querySelectorAll(".education__item--degree-info")]
      .map(visibleText).filter(Boolean);
    if (infos.length) {
      [degree = null, field = null] = infos;
    } else if (rest.length && dateIndex !== 0) {
      const comma = rest[0].indexOf(", ");
      degree = comma >= 0 ? rest[0].slice(0, comma) : rest[0];
      field = comma >= 0 ? rest[0].slice(comma + 2) : null;
    }
    education.push({ school, degree, field, start: dates.start, end: dates.end });
  }
  return education;
}

function readNames(section, entitySelector) {
  const names = [];
  const skip = (element) => element.matches(`${entitySelector}, button, h2`);
  for (const entity of outermost(section, entitySelector)) {
    const [name] = entityLines(entity, skip);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

function readAbout(section) {
  // The About keeps its lines: people write lists and paragraphs there.
  const text = cleanLines(textWithBreaks(section, (element) => element.matches("h2, h3, button")));
  const lines = text.split("\n")
    .map((line) => line.replace(/\s*…?\s*see more$/i, ""))
    .filter((line) => !/^(about|summary)$/i.test(line));
  return cleanLines(lines.join("\n")) || null;
}

// What a followed entity is, from where its link goes.
const FOLLOWED_BY_HREF = [
  [/\/in\//, "person"], [/\/company\//, "company"], [/\/school\//, "school"],
  [/\/groups?\//, "group"], [/\/newsletters?\//, "newsletter"],
];
// ...or from the Interests tab it is listed under.
const FOLLOWED_BY_TAB = [
  [/voices|people|influencers/i, "person"], [/compan/i, "company"], [/school/i, "school"],
  [/group/i, "group"], [/newsletter/i, "newsletter"],
];

function matchType(text, table) {
  return table.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** The Interests entries with what each is: a person, company, school, group or newsletter. */
function readFollowed(section, entitySelector) {
  const tab = section.querySelector('[role="tab"][aria-selected="true"]');
  const tabType = tab ? matchType(visibleText(tab), FOLLOWED_BY_TAB) : null;
  const followed = [];
  const skip = (element) => element.matches(`${entitySelector}, button, h2, [role="tablist"]`);
  for (const entity of outermost(section, entitySelector)) {
    if (entity.closest('[role="tablist"]')) continue;
    const [name, ...rest] = entityLines(entity, skip);
    if (!name || followed.some((f) => f.name === name)) continue;
    const hrefs = [...entity.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")).join(" ");
    const type = matchType(hrefs, FOLLOWED_BY_HREF) ?? tabType
      ?? (rest.some((line) => /\bmembers?$/i.test(line)) ? "group" : "other");
    followed.push({ type, name });
  }
  return followed;
}

/** The "Show all 9 experiences" link of a section: {total, url}, or null when it has none. */
function showAllLink(section, page) {
  const link = section.querySelector(`a[href*="/details/${page}"]`);
  if (!link) return null;
  const count = cleanText(link.textContent).match(/(\d[\d,.]*)/);
  return {
    total: count ? Number(count[1].replace(/[,.]/g, "")) : null,
    url: new URL(link.getAttribute("href"), "https://www.linkedin.com/").href,
  };
}

// LinkedIn's wording when a profile shows little outside the member's network.
const PRIVATE_WORDS = /profile is (private|limited)|only (visible|available) to (their|his|her) (network|connections)|(sees|shares) (more|less) with (their )?(network|connections)/i;

function looksPrivate(main) {
  return PRIVATE_WORDS.test(cleanText(main.textContent));
}

function fromLandmarks(doc, layout, details) {
  const main = doc.querySelector("main") ?? doc.body;
  if (!main) return null;
  const config = LAYOUTS[layout];
  const topCard = details ? null : config.topCard(main);
  const out = topCard ? readTopCard(topCard, doc) : {};
  const sections = findSections(main);
  // A details page is one list; its section may have no heading the profile's sections have.
  if (details && !sections[details]) sections[details] = main;
  if (sections.about) out.about = readAbout(sections.about);
  if (sections.experience) out.positions = readExperience(sections.experience, config.entity);
  if (sections.education) out.education = readEducation(sections.education, config.entity);
  if (sections.skills) out.skills = readNames(sections.skills, config.entity);
  if (sections.interests) {
    out.followed = readFollowed(sections.interests, config.entity);
    out.interests = out.followed.map((f) => f.name);
  }
  out.cut_short = {};
  for (const [page, field] of Object.entries(SECTION_FIELDS)) {
    const link = !details && sections[page] && showAllLink(sections[page], page);
    const shown = out[field]?.length ?? 0;
    if (link && link.total && link.total > shown) out.cut_short[field] = { shown, ...link };
  }
  out.private = !details && looksPrivate(main);
  return out;
}

// After an in-app navigation LinkedIn swaps the page in pieces; a top card that links to some
// other profile but not to this one still shows the previous person.
function showsOtherProfile(doc, layout, slug) {
  const main = doc.querySelector("main") ?? doc.body;
  const scope = (main && LAYOUTS[layout].topCard(main)) ?? main;
  if (!scope) return false;
  const slugs = [...scope.querySelectorAll('a[href*="/in/"]')]
    .map((a) => URL.parse(a.getAttribute("href"), "https://www.linkedin.com/"))
    .map((url) => url && profileSlug(url.href))
    .filter(Boolean);
  return slugs.length > 0 && !slugs.includes(slug);
}

function fromText(doc) {
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
  const title = cleanText(ogTitle || doc.title)
    .replace(/^\(\d+\+?\)\s*/, "")
    .replace(/\s*\|\s*LinkedIn\s*$/i, "")
    .replace(/^(experience|education|skills|interests)\s*\|\s*/i, "");
  if (!title || /^linkedin$/i.test(title)) return null;
  const [name, ...rest] = title.split(" - ");
  const description = cleanText(doc.querySelector('meta[name="description"]')?.getAttribute("content"));
  return {
    full_name: cleanText(name) || null,
    headline: cleanText(rest.join(" - ")) || null,
    about: description && !/linkedin/i.test(description) ? description : null,
  };
}

// "San Francisco, US" from JSON-LD is refined by the page's "San Francisco, California, United
// States": same place first, and either longer or spelling out a bare country code.
function refines(candidate, current) {
  const head = current.split(",")[0].trim().toLowerCase();
  return candidate.toLowerCase().startsWith(head)
    && (candidate.length > current.length || /,\s*[A-Z]{2}$/.test(current));
}

function keyOf(entry) {
  return cleanText(entry.company ?? entry.school).toLowerCase();
}

function fillFrom(chosen, other) {
  const unused = [...other];
  return chosen.map((entry) => {
    const index = unused.findIndex((o) => keyOf(o) && keyOf(o) === keyOf(entry));
    if (index < 0) return entry;
    const [match] = unused.splice(index, 1);
    const filled = { ...entry };
    for (const [key, value] of Object.entries(match)) {
      if (filled[key] == null && value != null) filled[key] = value;
    }
    return filled;
  });
}

function mergeScalar(parts, field, { refine = false } = {}) {
  let value = null;
  let source = null;
  for (const name of SOURCES) {
    const candidate = parts[name]?.[field];
    if (!candidate) continue;
    if (value === null || (refine && refines(candidate, value))) {
      value = candidate;
      source = name;
    }
  }
  return [value, source];
}

// Structured lists say where and when; the page's own list also says the title, the month and
// the place. The richer list wins, structured data when they are as long, and each entry takes
// what it lacks from its twin in the other.
function mergeList(parts, field) {
  const structuredSource = ["json-ld", "voyager"].find((name) => parts[name]?.[field]?.length);
  const structured = structuredSource ? parts[structuredSource][field] : [];
  const dom = parts.dom?.[field] ?? [];
  if (dom.length > structured.length || (dom.length && dom.length === structured.length
    && dom.filter((e) => e.title ?? e.degree).length > structured.filter((e) => e.title ?? e.degree).length)) {
    return [fillFrom(dom, structured), "dom"];
  }
  if (structured.length) return [fillFrom(structured, dom), structuredSource];
  return [[], null];
}

function attempt(errors, name, fn) {
  try {
    return fn();
  } catch (error) {
    errors.push(`${name}: ${error?.message ?? error}`);
    return null;
  }
}

function isEmpty(value) {
  return value == null || value === "" || (Array.isArray(value) && value.length === 0);
}

/** The capture field a details page ("/in/<slug>/details/experience/") lists, or null. */
export function detailsField(pageUrl) {
  const page = URL.parse(pageUrl)?.pathname.match(/^\/in\/[^/]+\/details\/([a-z-]+)/)?.[1];
  return DETAILS_PAGES[page] ?? null;
}

// The page's own split of the name, when it has one that adds up to the full name.
function nameParts(parts, fullName, source) {
  const { first_name: first = null, last_name: last = null } = parts[source] ?? {};
  if (!first || cleanText(`${first} ${last ?? ""}`) !== fullName) return {};
  return { first_name: first, last_name: last };
}

/**
 * Parse a LinkedIn profile page. Returns {ok, url, slug, layout, profile, sources, complete,
 * missing, cut_short, details, private, stale, errors}: `profile` holds the capture fields,
 * `sources` where each came from ("json-ld", "voyager", "dom", "text"), `missing` the required
 * fields not found or cut short, `cut_short` the lists behind "Show all N" ({shown, total, url}
 * by field), `details` the field a details page lists (then the profile holds only that list),
 * `private` whether LinkedIn shows the profile only in part outside the member's network,
 * `stale` whether the page still shows another profile than the URL names.
 */
export function parseProfile(doc, pageUrl) {
  const errors = [];
  const slug = attempt(errors, "url", () => profileSlug(pageUrl));
  const result = {
    ok: false,
    url: slug ? canonicalProfileUrl(pageUrl) : null,
    slug,
    layout: "unknown",
    profile: null,
    sources: {},
    complete: false,
    missing: [...REQUIRED_FIELDS],
    cut_short: {},
    details: null,
    private: false,
    stale: false,
    errors,
  };
  if (!slug || !doc) {
    errors.push("not a LinkedIn profile page");
    return result;
  }
  result.layout = attempt(errors, "layout", () => detectLayout(doc)) ?? "unknown";
  const details = attempt(errors, "details", () => detailsField(pageUrl));
  result.details = details;
  const page = details && Object.keys(DETAILS_PAGES).find((key) => DETAILS_PAGES[key] === details);
  const parts = {
    "json-ld": attempt(errors, "json-ld", () => fromJsonLd(doc, slug)),
    voyager: attempt(errors, "voyager", () => fromVoyager(doc, slug)),
    dom: attempt(errors, "dom", () => fromLandmarks(doc, result.layout, page)),
    text: attempt(errors, "text", () => fromText(doc)),
  };
  const profile = { linkedin_url: result.url };
  const sources = {};
  const take = (field, [value, source]) => {
    profile[field] = value;
    if (source) sources[field] = source;
  };
  take("full_name", mergeScalar(parts, "full_name"));
  Object.assign(profile, nameParts(parts, profile.full_name, sources.full_name));
  take("headline", mergeScalar(parts, "headline"));
  take("location", mergeScalar(parts, "location", { refine: true }));
  take("about", mergeScalar(parts, "about"));
  take("photo_url", mergeScalar(parts, "photo_url"));
  take("positions", mergeList(parts, "positions"));
  take("education", mergeList(parts, "education"));
  for (const field of ["skills", "interests"]) {
    const values = parts.dom?.[field] ?? [];
    take(field, [values, values.length ? "dom" : null]);
  }
  profile.followed = parts.dom?.followed ?? [];
  if (details) {
    // A details page says nothing reliable about the rest of the profile: send only its list.
    for (const field of ["headline", "location", "about", "photo_url", ...Object.values(DETAILS_PAGES)]) {
      if (field !== details) {
        profile[field] = Array.isArray(profile[field]) ? [] : null;
        delete sources[field];
      }
    }
    if (details !== "interests") profile.followed = [];
  }
  result.profile = profile;
  result.sources = sources;
  result.cut_short = parts.dom?.cut_short ?? {};
  result.private = Boolean(parts.dom?.private);
  const required = details ? ["full_name", details] : REQUIRED_FIELDS;
  result.missing = [...new Set([
    ...required.filter((field) => isEmpty(profile[field])), ...Object.keys(result.cut_short),
  ])];
  result.complete = result.missing.length === 0;
  result.stale = !details
    && (attempt(errors, "stale", () => showsOtherProfile(doc, result.layout, slug)) ?? false);
  // Without any LinkedIn landmark or structured data, only a "<name> | LinkedIn" title makes
  // the page's first heading believable as a person's name (error pages have headings too).
  const recognised = result.layout !== "unknown" || Boolean(parts["json-ld"] || parts.voyager)
    || /\|\s*LinkedIn\s*$/i.test(cleanText(doc.title));
  result.ok = Boolean(profile.full_name) && !result.stale && recognised;
  return result;
}
