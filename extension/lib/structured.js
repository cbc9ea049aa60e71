// Profiles from the structured data LinkedIn embeds: schema.org JSON-LD on public pages and
// the "voyager" API payloads in <code> blocks on logged-in pages. Pure: objects in, objects out.

import { isoToProfileDate, partsToProfileDate } from "./dates.js";
import { profileSlug } from "./profile-url.js";
import { cleanLines, cleanText } from "./text.js";

function asArray(value) {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

function typesOf(node) {
  return asArray(node?.["@type"]).map(String);
}

function graphNodes(documents) {
  const nodes = [];
  for (const doc of asArray(documents)) {
    for (const item of asArray(doc)) {
      if (item && typeof item === "object") {
        nodes.push(item, ...asArray(item["@graph"]).filter((n) => n && typeof n === "object"));
      }
    }
  }
  return nodes;
}

// JSON-LD links to profiles on country hosts too ("es.linkedin.com"), so only the path counts.
function slugOfUrl(url) {
  const path = String(url ?? "").replace(/^[a-z]+:\/\/[^/]*linkedin\.com/i, "");
  return profileSlug(`https://www.linkedin.com${path.startsWith("/") ? path : "/"}`);
}

function joinPlace(address) {
  if (!address || typeof address !== "object") return cleanText(address);
  return [address.addressLocality, address.addressRegion, address.addressCountry]
    .map(cleanText)
    .filter(Boolean)
    .join(", ");
}

/**
 * The profile of the Person whose url is the page's slug, from parsed JSON-LD documents.
 * Returns null when no such Person exists. Only top-level graph nodes are considered, so a
 * Person nested under a WebPage ("reviewedBy") or an employer never wins.
 */
export function profileFromJsonLd(documents, slug) {
  const people = graphNodes(documents).filter((node) => typesOf(node).includes("Person"));
  const person = people.find((node) => slug && slugOfUrl(node.url) === slug)
    ?? (people.length === 1 && !people[0].url ? people[0] : null);
  if (!person) return null;

  const titles = asArray(person.jobTitle).map(cleanText).filter(Boolean);
  const organizations = asArray(person.worksFor).filter((org) => cleanText(org?.name));
  let currentIndex = 0;
  const positions = organizations.map((org) => {
    const role = org.member ?? {};
    const end = role.endDate ? isoToProfileDate(role.endDate) : null;
    // jobTitle lists current roles in page order; past roles carry no title in JSON-LD.
    const title = end === null ? titles[currentIndex++] ?? null : null;
    return {
      title,
      company: cleanText(org.name),
      start: role.startDate ? isoToProfileDate(role.startDate) : null,
      end,
      location: null,
    };
  });
  const education = asArray(person.alumniOf)
    .filter((org) => typesOf(org).includes("EducationalOrganization") && cleanText(org.name))
    .map((org) => ({
      school: cleanText(org.name),
      degree: null,
      field: null,
      start: org.member?.startDate ? isoToProfileDate(org.member.startDate) : null,
      end: org.member?.endDate ? isoToProfileDate(org.member.endDate) : null,
    }));
  const image = asArray(person.image)[0];
  return {
    full_name: cleanText(person.name),
    headline: null,
    location: joinPlace(person.address) || null,
    about: cleanLines(person.description) || null,
    first_name: cleanText(person.givenName) || null,
    last_name: cleanText(person.familyName) || null,
    photo_url: cleanText(typeof image === "string" ? image : image?.contentUrl || image?.url) || null,
    current_title: titles[0] ?? null,
    positions,
    education,
  };
}

function includedEntities(payloads) {
  const entities = [];
  for (const payload of asArray(payloads)) {
    if (payload && typeof payload === "object") {
      entities.push(...asArray(payload.included).filter((e) => e && typeof e === "object"));
    }
  }
  return entities;
}

function isType(entity, suffix) {
  return typeof entity.$type === "string" && entity.$type.endsWith(suffix);
}

function dateRangeOf(entity) {
  const range = entity.dateRange ?? entity.timePeriod ?? {};
  return {
    start: partsToProfileDate(range.start ?? range.startDate),
    end: partsToProfileDate(range.end ?? range.endDate),
  };
}

/**
 * The profile whose publicIdentifier is the page's slug, from voyager payloads
 * ({included: [...]}). Other profiles in the payloads (the viewer, people in side cards) are
 * ignored, and positions or education only count when they point at the chosen profile.
 */
export function profileFromVoyager(payloads, slug) {
  const entities = includedEntities(payloads);
  const profile = entities.find((e) => isType(e, ".Profile")
    && typeof e.publicIdentifier === "string" && e.publicIdentifier.toLowerCase() === slug);
  if (!profile) return null;
  const urn = profile.entityUrn;
  const owns = (entity) => urn && [entity.profileUrn, entity["*profile"], entity.entityUrn]
    .some((ref) => typeof ref === "string" && ref.includes(urn.split(":").pop()));
  const positions = entities.filter((e) => isType(e, ".Position") && owns(e)).map((e) => ({
    title: cleanText(e.title) || null,
    company: cleanText(e.companyName) || null,
    ...dateRangeOf(e),
    location: cleanText(e.locationName ?? e.geoLocationName) || null,
  }));
  const education = entities.filter((e) => isType(e, ".Education") && owns(e)).map((e) => ({
    school: cleanText(e.schoolName) || null,
    degree: cleanText(e.degreeName) || null,
    field: cleanText(e.fieldOfStudy) || null,
    ...dateRangeOf(e),
  }));
  const name = cleanText(`${profile.firstName ?? ""} ${profile.lastName ?? ""}`);
  return {
    full_name: name || null,
    // The page's own split: "Sri Lalitha" is a first name, "Alvarez Nowak" a last name.
    first_name: cleanText(profile.firstName) || null,
    last_name: cleanText(profile.lastName) || null,
    headline: cleanText(profile.headline) || null,
    location: cleanText(profile.geoLocationName ?? profile.locationName) || null,
    about: cleanLines(profile.summary) || null,
    positions,
    education,
  };
}
