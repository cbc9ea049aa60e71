// Built from content/main.js by tests/browser/node/build-content.mjs (esbuild); do not edit.
(() => {
  // lib/profile-url.js
  var PROFILE_HOSTS = /* @__PURE__ */ new Set(["www.linkedin.com", "linkedin.com"]);
  function decodeSlug(raw) {
    let slug = raw;
    for (let round = 0; round < 2 && /%[0-9a-f]{2}/i.test(slug); round += 1) {
      try {
        slug = decodeURIComponent(slug);
      } catch {
        break;
      }
    }
    return slug;
  }
  function profileSlug(url) {
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
  function canonicalProfileUrl(url) {
    const slug = profileSlug(url);
    return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : null;
  }

  // content/note-filler.js
  var NOTE_BOX = [
    'textarea[name="message"]',
    "textarea#custom-message",
    '[role="dialog"] textarea',
    'textarea[aria-label*="note" i]'
  ];
  var ADD_NOTE_BUTTON = /^add a (free )?(personali[sz]ed )?note$/i;
  var SHADOW_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';
  function shadowRootOf(element) {
    return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(element) ?? element.shadowRoot ?? null;
  }
  function* searchRoots(doc) {
    const seen = /* @__PURE__ */ new Set();
    function* enter(root) {
      if (!root || seen.has(root)) return;
      seen.add(root);
      yield root;
      for (const element of root.querySelectorAll("*")) yield* enter(shadowRootOf(element));
    }
    yield doc;
    for (const host of doc.querySelectorAll(SHADOW_HOSTS)) yield* enter(shadowRootOf(host));
    for (const element of doc.querySelectorAll("*")) yield* enter(shadowRootOf(element));
  }
  function findIn(doc, find) {
    for (const root of searchRoots(doc)) {
      const found = find(root);
      if (found) return found;
    }
    return null;
  }
  function isShown(element) {
    return element.getClientRects().length > 0;
  }
  function findNoteBox(doc) {
    return findIn(doc, (root) => {
      for (const selector of NOTE_BOX) {
        const box = [...root.querySelectorAll(selector)].find((element) => !element.disabled && !element.readOnly && isShown(element));
        if (box) return box;
      }
      return null;
    });
  }
  function findAddNoteButton(doc) {
    return findIn(doc, (root) => [...root.querySelectorAll('[role="dialog"] button, dialog button')].find((button) => isShown(button) && ADD_NOTE_BUTTON.test((button.getAttribute("aria-label") || button.textContent).trim())));
  }
  function waitFor(find, timeoutMs) {
    return new Promise((resolve) => {
      const started = Date.now();
      const tick = () => {
        const found = find();
        if (found || Date.now() - started > timeoutMs) resolve(found);
        else setTimeout(tick, 50);
      };
      tick();
    });
  }
  async function fillNote(doc, text) {
    let box = findNoteBox(doc);
    if (!box) {
      const addNote = findAddNoteButton(doc);
      if (!addNote) return { ok: false, reason: "no_dialog" };
      addNote.click();
      box = await waitFor(() => findNoteBox(doc), 1500);
      if (!box) return { ok: false, reason: "no_dialog" };
    }
    const limit = box.maxLength > 0 ? box.maxLength : null;
    if (limit && text.length > limit) return { ok: false, reason: "too_long", limit, length: text.length };
    const view = box.ownerDocument.defaultView;
    const setter = Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, "value").set;
    box.focus();
    setter.call(box, text);
    box.dispatchEvent(new view.Event("input", { bubbles: true, composed: true }));
    box.dispatchEvent(new view.Event("change", { bubbles: true }));
    return { ok: true, length: text.length, limit };
  }

  // lib/text.js
  var INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ue000-\uf8ff]/g;
  function cleanText(value) {
    if (value == null) return "";
    return String(value).replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  }
  function cleanLines(value) {
    if (value == null) return "";
    const lines = String(value).split(/\r\n|[\n\r\u2028\u2029]/).map(cleanText);
    return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  }
  function splitDotted(line) {
    return cleanText(line).split(/\s+[·•]\s+|\s*[·•]\s*$|^\s*[·•]\s*/).map((part) => part.trim()).filter(Boolean);
  }
  var EMPLOYMENT_TYPES = /* @__PURE__ */ new Set([
    "full-time",
    "part-time",
    "self-employed",
    "freelance",
    "contract",
    "internship",
    "apprenticeship",
    "seasonal",
    "temporary",
    "volunteer"
  ]);
  var WORKPLACE_TYPES = /* @__PURE__ */ new Set(["on-site", "remote", "hybrid"]);
  function isEmploymentType(part) {
    return EMPLOYMENT_TYPES.has(cleanText(part).toLowerCase());
  }
  function isWorkplaceType(part) {
    return WORKPLACE_TYPES.has(cleanText(part).toLowerCase());
  }
  function isDuration(line) {
    return /^(\d+\s*(yrs?|years?|mos?|months?)\s*)+$/i.test(cleanText(line));
  }

  // lib/dates.js
  var MONTHS = /* @__PURE__ */ new Map([
    ["jan", 1],
    ["january", 1],
    ["feb", 2],
    ["february", 2],
    ["mar", 3],
    ["march", 3],
    ["apr", 4],
    ["april", 4],
    ["may", 5],
    ["jun", 6],
    ["june", 6],
    ["jul", 7],
    ["july", 7],
    ["aug", 8],
    ["august", 8],
    ["sep", 9],
    ["sept", 9],
    ["september", 9],
    ["oct", 10],
    ["october", 10],
    ["nov", 11],
    ["november", 11],
    ["dec", 12],
    ["december", 12]
  ]);
  var PRESENT = /^(present|now|current|today)$/i;
  var ONE_DATE = /^(?:([A-Za-z]{3,9})\.?\s+)?(\d{4})$/;
  var RANGE_SPLIT = /\s+(?:-|–|—|to)\s+/;
  function parseLinkedInDate(text) {
    const value = cleanText(text);
    if (PRESENT.test(value)) return null;
    const match = value.match(ONE_DATE);
    if (!match) return void 0;
    const [, monthName, year] = match;
    if (!monthName) return year;
    const month = MONTHS.get(monthName.toLowerCase());
    if (!month) return void 0;
    return `${year}-${String(month).padStart(2, "0")}`;
  }
  function parseDateRange(text) {
    const value = cleanText(text).split(/\s+·\s+/)[0];
    if (!value) return null;
    const parts = value.split(RANGE_SPLIT);
    if (parts.length > 2) return null;
    const start = parseLinkedInDate(parts[0]);
    if (!start) return null;
    if (parts.length === 1) return { start, end: start };
    const end = parseLinkedInDate(parts[1]);
    if (end === void 0) return null;
    return { start, end };
  }
  function isoToProfileDate(value) {
    const match = cleanText(value).match(/^(\d{4})(?:-(\d{2}))?/);
    if (!match) return null;
    return match[2] ? `${match[1]}-${match[2]}` : match[1];
  }
  function partsToProfileDate(date) {
    if (!date || !Number.isInteger(date.year)) return null;
    return date.month ? `${date.year}-${String(date.month).padStart(2, "0")}` : String(date.year);
  }

  // lib/structured.js
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
  function slugOfUrl(url) {
    const path = String(url ?? "").replace(/^[a-z]+:\/\/[^/]*linkedin\.com/i, "");
    return profileSlug(`https://www.linkedin.com${path.startsWith("/") ? path : "/"}`);
  }
  function joinPlace(address) {
    if (!address || typeof address !== "object") return cleanText(address);
    return [address.addressLocality, address.addressRegion, address.addressCountry].map(cleanText).filter(Boolean).join(", ");
  }
  function profileFromJsonLd(documents, slug) {
    const people = graphNodes(documents).filter((node) => typesOf(node).includes("Person"));
    const person = people.find((node) => slug && slugOfUrl(node.url) === slug) ?? (people.length === 1 && !people[0].url ? people[0] : null);
    if (!person) return null;
    const titles = asArray(person.jobTitle).map(cleanText).filter(Boolean);
    const organizations = asArray(person.worksFor).filter((org) => cleanText(org?.name));
    let currentIndex = 0;
    const positions = organizations.map((org) => {
      const role = org.member ?? {};
      const end = role.endDate ? isoToProfileDate(role.endDate) : null;
      const title = end === null ? titles[currentIndex++] ?? null : null;
      return {
        title,
        company: cleanText(org.name),
        start: role.startDate ? isoToProfileDate(role.startDate) : null,
        end,
        location: null
      };
    });
    const education = asArray(person.alumniOf).filter((org) => typesOf(org).includes("EducationalOrganization") && cleanText(org.name)).map((org) => ({
      school: cleanText(org.name),
      degree: null,
      field: null,
      start: org.member?.startDate ? isoToProfileDate(org.member.startDate) : null,
      end: org.member?.endDate ? isoToProfileDate(org.member.endDate) : null
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
      education
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
      end: partsToProfileDate(range.end ?? range.endDate)
    };
  }
  function profileFromVoyager(payloads, slug) {
    const entities = includedEntities(payloads);
    const profile = entities.find((e) => isType(e, ".Profile") && typeof e.publicIdentifier === "string" && e.publicIdentifier.toLowerCase() === slug);
    if (!profile) return null;
    const urn = profile.entityUrn;
    const owns = (entity) => urn && [entity.profileUrn, entity["*profile"], entity.entityUrn].some((ref) => typeof ref === "string" && ref.includes(urn.split(":").pop()));
    const positions = entities.filter((e) => isType(e, ".Position") && owns(e)).map((e) => ({
      title: cleanText(e.title) || null,
      company: cleanText(e.companyName) || null,
      ...dateRangeOf(e),
      location: cleanText(e.locationName ?? e.geoLocationName) || null
    }));
    const education = entities.filter((e) => isType(e, ".Education") && owns(e)).map((e) => ({
      school: cleanText(e.schoolName) || null,
      degree: cleanText(e.degreeName) || null,
      field: cleanText(e.fieldOfStudy) || null,
      ...dateRangeOf(e)
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
      education
    };
  }

  // content/dom-text.js
  var SKIPPED_TAGS = /* @__PURE__ */ new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "CODE", "svg"]);
  var BLOCK_TAGS = /* @__PURE__ */ new Set([
    "ADDRESS",
    "ARTICLE",
    "ASIDE",
    "BLOCKQUOTE",
    "DD",
    "DIV",
    "DL",
    "DT",
    "FIGCAPTION",
    "FOOTER",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "HEADER",
    "LI",
    "MAIN",
    "OL",
    "P",
    "SECTION",
    "TD",
    "TH",
    "UL",
    "BR"
  ]);
  var SCREEN_READER_ONLY = ".visually-hidden, .sr-only, .a11y-text";
  function isMarkupHidden(element) {
    return element.hidden || SKIPPED_TAGS.has(element.tagName) || element.matches(SCREEN_READER_ONLY) || /display:\s*none/i.test(element.getAttribute("style") ?? "");
  }
  function blockLines(root, skip = () => false) {
    const lines = [];
    let owner = null;
    let parts = [];
    const flush = () => {
      const line = cleanText(parts.join(" "));
      if (line) lines.push(line);
      parts = [];
    };
    const visit = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          if (!child.data.trim()) continue;
          let block = node;
          while (block !== root && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
          if (block !== owner) {
            flush();
            owner = block;
          }
          parts.push(child.data);
        } else if (child.nodeType === 1) {
          if (isMarkupHidden(child) || skip(child)) continue;
          if (BLOCK_TAGS.has(child.tagName)) {
            flush();
            owner = null;
          }
          visit(child);
          if (BLOCK_TAGS.has(child.tagName)) {
            flush();
            owner = null;
          }
        }
      }
    };
    visit(root);
    flush();
    return lines;
  }
  function textWithBreaks(root, skip = () => false) {
    let out = "";
    const endLine = () => {
      if (out && !/\n[ ]*$/.test(out)) out += "\n";
    };
    const visit = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          out += child.data.replace(/\s+/g, " ");
        } else if (child.nodeType === 1 && !isMarkupHidden(child) && !skip(child)) {
          if (child.tagName === "BR") {
            out += "\n";
            continue;
          }
          const block = BLOCK_TAGS.has(child.tagName);
          if (block) endLine();
          visit(child);
          if (block) endLine();
        }
      }
    };
    visit(root);
    return out;
  }
  function visibleText(element) {
    if (!element) return "";
    return cleanText(blockLines(element).join(" "));
  }
  function pairedLines(root, skip = () => false) {
    const lines = [];
    for (const span of root.querySelectorAll('span[aria-hidden="true"]')) {
      const twin = span.nextElementSibling;
      if (!twin?.matches(SCREEN_READER_ONLY)) continue;
      if (hasSkippedAncestor(span, root, skip)) continue;
      const line = cleanText(span.textContent);
      if (line) lines.push(line);
    }
    return lines;
  }
  function hasSkippedAncestor(element, root, skip) {
    for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
      if (skip(node)) return true;
    }
    return false;
  }
  function entityLines(root, skip = () => false) {
    const paired = pairedLines(root, skip);
    return paired.length ? paired : blockLines(root, skip);
  }
  function outermost(root, selector) {
    return [...root.querySelectorAll(selector)].filter((element) => {
      const outer = element.parentElement?.closest(selector);
      return !outer || outer === root || !root.contains(outer);
    });
  }

  // content/parser.js
  var SOURCES = ["json-ld", "voyager", "dom", "text"];
  var REQUIRED_FIELDS = ["full_name", "headline", "location", "positions", "education"];
  var DETAILS_PAGES = {
    experience: "positions",
    education: "education",
    skills: "skills",
    interests: "interests"
  };
  var SECTION_FIELDS = { experience: "positions", education: "education", skills: "skills", interests: "interests" };
  var LAYOUTS = {
    ember: {
      entity: '[data-view-name="profile-component-entity"]',
      topCard: (main) => [...main.querySelectorAll("section")].find((s) => s.querySelector("h1"))
    },
    sdui: {
      entity: '[componentkey^="entity-collection-item"]',
      topCard: (main) => main.querySelector('[componentkey$="Topcard"], [componentkey*="Topcard"]')
    },
    public: {
      entity: "li",
      topCard: (main) => main.querySelector(".top-card-layout, .top-card")
    },
    unknown: {
      entity: "li",
      topCard: (main) => main.querySelector("h1")?.closest("section") ?? null
    }
  };
  var SECTION_WORDS = {
    about: ["about", "summary"],
    experience: ["experience"],
    education: ["education"],
    skills: ["skills"],
    interests: ["interests", "groups"]
  };
  var KIND_BY_WORD = new Map(
    Object.entries(SECTION_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind]))
  );
  function detectLayout(doc) {
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
      }
    }
    return documents;
  }
  function fromJsonLd(doc, slug) {
    return profileFromJsonLd(parseJsonBlocks(doc.querySelectorAll('script[type="application/ld+json"]')), slug);
  }
  function fromVoyager(doc, slug) {
    const blocks = doc.querySelectorAll('code[id^="bpr-guid-"]');
    return profileFromVoyager(parseJsonBlocks(blocks, (text) => text.includes("identity.profile.")), slug);
  }
  function sectionKind(section) {
    const anchor = section.querySelector(":scope > [id]")?.id?.toLowerCase();
    if (anchor && KIND_BY_WORD.has(anchor)) return KIND_BY_WORD.get(anchor);
    const key = section.getAttribute("componentkey") ?? "";
    const keyMatch = key.match(/(About|Summary|Experience|Education|Skills|Interests)(?:TopLevelSection|Section)?$/);
    if (keyMatch) return KIND_BY_WORD.get(keyMatch[1].toLowerCase());
    const named = section.dataset.section?.toLowerCase() ?? [...section.classList].find((c) => KIND_BY_WORD.has(c.toLowerCase()))?.toLowerCase();
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
  var NOISE = [
    /^\((?:[a-z]+\/)*[a-z]+\)$/i,
    /^·?\s*(1st|2nd|3rd\+?)(\s+degree connection)?$/i,
    /^[\d,.]+\s*[kKmM]?\+?(\s+(connections?|followers?))?$/i,
    /^\S+( and \d+ others?)? (is a |are )?mutual connections?$/i,
    /^contact info$/i,
    /^[·•|,\-–]+$/
  ];
  function isNoise(line, name) {
    return line === name || NOISE.some((re) => re.test(line));
  }
  var TOP_CARD_SKIP = (nameElement) => (element) => element === nameElement || element.matches("a, button, svg, img, [aria-hidden='true'], .distance-badge, [role='button']");
  function readTopCard(topCard, doc) {
    const nameElement = topCard.querySelector("h1") ?? topCard.querySelector("h2");
    const fullName = visibleText(nameElement);
    const skip = TOP_CARD_SKIP(nameElement);
    const lines = blockLines(topCard, skip).filter((line) => !isNoise(line, fullName));
    let location2 = null;
    const contact = topCard.querySelector('a[href*="contact-info"]');
    for (let box = contact?.parentElement, level = 0; box && level < 3 && topCard.contains(box); box = box.parentElement, level += 1) {
      const found = blockLines(box, skip).filter((line) => !isNoise(line, fullName));
      if (found.length) {
        [location2] = found;
        break;
      }
    }
    const rest = lines.filter((line) => line !== location2);
    const headline = rest[0] ?? null;
    location2 ??= rest[1] ?? null;
    let photo = null;
    for (const img of topCard.querySelectorAll("img")) {
      const src = img.getAttribute("src") ?? "";
      if (!/^https?:\/\//.test(src)) continue;
      const hint = `${img.className} ${img.closest("[componentkey]")?.getAttribute("componentkey") ?? ""}`;
      if (fullName && (img.alt === fullName || img.title === fullName) || /profile-picture|top-card|topcard/i.test(hint)) {
        photo = new URL(src, doc.baseURI).href;
        break;
      }
    }
    return { full_name: fullName || null, headline, location: location2, photo_url: photo };
  }
  function looksLikePlace(line) {
    return line.length <= 80 && !/[.!?]$/.test(line) && !parseDateRange(line) && !isDuration(line) && line.split(/\s+/).length <= 8;
  }
  function readPosition(lines, groupCompany) {
    const [title = null, ...rest] = lines;
    const dateIndex = rest.findIndex((line) => parseDateRange(line));
    const dates = dateIndex >= 0 ? parseDateRange(rest[dateIndex]) : { start: null, end: null };
    let company = groupCompany ?? null;
    if (!groupCompany && rest.length && dateIndex !== 0) {
      company = splitDotted(rest[0]).find((p) => !isEmploymentType(p) && !isDuration(p)) ?? null;
    }
    let location2 = null;
    const after = dateIndex >= 0 ? rest[dateIndex + 1] : null;
    if (after && looksLikePlace(after)) {
      location2 = splitDotted(after).find((p) => !isWorkplaceType(p)) ?? null;
    }
    return { title, company, start: dates.start, end: dates.end, location: location2 };
  }
  function readExperience(section, entitySelector) {
    const positions = [];
    const skip = (element) => element.matches(`${entitySelector}, .pvs-entity__sub-components, button, h2`);
    for (const entity of outermost(section, entitySelector)) {
      const nested = outermost(entity, entitySelector).map((child) => entityLines(child, (element) => element.matches(`${entitySelector}, button`))).filter((lines2) => lines2.some((line) => parseDateRange(line)));
      const lines = entityLines(entity, skip);
      if (!lines.length) continue;
      if (nested.length && !lines.some((line) => parseDateRange(line))) {
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
      const infos = [...entity.querySelectorAll(".education__item--degree-info")].map(visibleText).filter(Boolean);
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
    const text = cleanLines(textWithBreaks(section, (element) => element.matches("h2, h3, button")));
    const lines = text.split("\n").map((line) => line.replace(/\s*…?\s*see more$/i, "")).filter((line) => !/^(about|summary)$/i.test(line));
    return cleanLines(lines.join("\n")) || null;
  }
  var FOLLOWED_BY_HREF = [
    [/\/in\//, "person"],
    [/\/company\//, "company"],
    [/\/school\//, "school"],
    [/\/groups?\//, "group"],
    [/\/newsletters?\//, "newsletter"]
  ];
  var FOLLOWED_BY_TAB = [
    [/voices|people|influencers/i, "person"],
    [/compan/i, "company"],
    [/school/i, "school"],
    [/group/i, "group"],
    [/newsletter/i, "newsletter"]
  ];
  function matchType(text, table) {
    return table.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  }
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
      const type = matchType(hrefs, FOLLOWED_BY_HREF) ?? tabType ?? (rest.some((line) => /\bmembers?$/i.test(line)) ? "group" : "other");
      followed.push({ type, name });
    }
    return followed;
  }
  function showAllLink(section, page) {
    const link = section.querySelector(`a[href*="/details/${page}"]`);
    if (!link) return null;
    const count = cleanText(link.textContent).match(/(\d[\d,.]*)/);
    return {
      total: count ? Number(count[1].replace(/[,.]/g, "")) : null,
      url: new URL(link.getAttribute("href"), "https://www.linkedin.com/").href
    };
  }
  var PRIVATE_WORDS = /profile is (private|limited)|only (visible|available) to (their|his|her) (network|connections)|(sees|shares) (more|less) with (their )?(network|connections)/i;
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
  function showsOtherProfile(doc, layout, slug) {
    const main = doc.querySelector("main") ?? doc.body;
    const scope = (main && LAYOUTS[layout].topCard(main)) ?? main;
    if (!scope) return false;
    const slugs = [...scope.querySelectorAll('a[href*="/in/"]')].map((a) => URL.parse(a.getAttribute("href"), "https://www.linkedin.com/")).map((url) => url && profileSlug(url.href)).filter(Boolean);
    return slugs.length > 0 && !slugs.includes(slug);
  }
  function fromText(doc) {
    const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
    const title = cleanText(ogTitle || doc.title).replace(/^\(\d+\+?\)\s*/, "").replace(/\s*\|\s*LinkedIn\s*$/i, "").replace(/^(experience|education|skills|interests)\s*\|\s*/i, "");
    if (!title || /^linkedin$/i.test(title)) return null;
    const [name, ...rest] = title.split(" - ");
    const description = cleanText(doc.querySelector('meta[name="description"]')?.getAttribute("content"));
    return {
      full_name: cleanText(name) || null,
      headline: cleanText(rest.join(" - ")) || null,
      about: description && !/linkedin/i.test(description) ? description : null
    };
  }
  function refines(candidate, current) {
    const head = current.split(",")[0].trim().toLowerCase();
    return candidate.toLowerCase().startsWith(head) && (candidate.length > current.length || /,\s*[A-Z]{2}$/.test(current));
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
      if (value === null || refine && refines(candidate, value)) {
        value = candidate;
        source = name;
      }
    }
    return [value, source];
  }
  function mergeList(parts, field) {
    const structuredSource = ["json-ld", "voyager"].find((name) => parts[name]?.[field]?.length);
    const structured = structuredSource ? parts[structuredSource][field] : [];
    const dom = parts.dom?.[field] ?? [];
    if (dom.length > structured.length || dom.length && dom.length === structured.length && dom.filter((e) => e.title ?? e.degree).length > structured.filter((e) => e.title ?? e.degree).length) {
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
    return value == null || value === "" || Array.isArray(value) && value.length === 0;
  }
  function detailsField(pageUrl) {
    const page = URL.parse(pageUrl)?.pathname.match(/^\/in\/[^/]+\/details\/([a-z-]+)/)?.[1];
    return DETAILS_PAGES[page] ?? null;
  }
  function nameParts(parts, fullName, source) {
    const { first_name: first = null, last_name: last2 = null } = parts[source] ?? {};
    if (!first || cleanText(`${first} ${last2 ?? ""}`) !== fullName) return {};
    return { first_name: first, last_name: last2 };
  }
  function parseProfile(doc, pageUrl) {
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
      errors
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
      text: attempt(errors, "text", () => fromText(doc))
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
    result.missing = [.../* @__PURE__ */ new Set([
      ...required.filter((field) => isEmpty(profile[field])),
      ...Object.keys(result.cut_short)
    ])];
    result.complete = result.missing.length === 0;
    result.stale = !details && (attempt(errors, "stale", () => showsOtherProfile(doc, result.layout, slug)) ?? false);
    const recognised = result.layout !== "unknown" || Boolean(parts["json-ld"] || parts.voyager) || /\|\s*LinkedIn\s*$/i.test(cleanText(doc.title));
    result.ok = Boolean(profile.full_name) && !result.stale && recognised;
    return result;
  }

  // content/main.js
  var last = null;
  var watchedHref = location.href;
  function parseNow() {
    last = parseProfile(document, location.href);
    return last;
  }
  function parseWhenReady({ quietMs = 1e3, maxMs = 4e3 } = {}) {
    const first = parseNow();
    if (first.complete && !first.stale) return Promise.resolve(first);
    return new Promise((resolve) => {
      let pending = null;
      let quiet;
      const finish = () => {
        observer.disconnect();
        clearTimeout(pending);
        clearTimeout(quiet);
        clearTimeout(limit);
        resolve(parseNow());
      };
      const observer = new MutationObserver(() => {
        clearTimeout(quiet);
        quiet = setTimeout(finish, quietMs);
        pending ??= setTimeout(() => {
          pending = null;
          const result = parseNow();
          if (result.complete && !result.stale) finish();
        }, 150);
      });
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      quiet = setTimeout(finish, quietMs);
      const limit = setTimeout(finish, maxMs);
    });
  }
  async function onNavigated() {
    if (location.href === watchedHref) return;
    watchedHref = location.href;
    last = null;
    if (!profileSlug(location.href)) return;
    const href = location.href;
    await parseWhenReady();
    if (location.href !== href) last = null;
  }
  var handlers = {
    "segue:parse": () => parseWhenReady(),
    "segue:last-parse": () => last,
    "segue:insert-note": ({ text }) => fillNote(document, String(text ?? ""))
  };
  function handleMessage(message) {
    const handler = handlers[message.type];
    if (!handler) return { error: `unknown message ${message.type}` };
    return handler(message);
  }
  if (!globalThis.segueContentScript) {
    globalThis.segueContentScript = true;
    globalThis.navigation?.addEventListener("navigatesuccess", onNavigated);
    addEventListener("popstate", onNavigated);
    new MutationObserver(onNavigated).observe(document.head ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true
    });
    chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== chrome.runtime.id || !String(message?.type).startsWith("segue:")) return false;
      Promise.resolve().then(() => handleMessage(message)).then(sendResponse, (error) => sendResponse({ error: String(error?.message ?? error) }));
      return true;
    });
    parseNow();
  }
})();
