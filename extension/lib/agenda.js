// The agenda as the badge and the popup show it. Pure: items in, items out.

/** Today in the user's time zone as YYYY-MM-DD: "due today" means the user's today. */
export function localDay(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The items due today or overdue, overdue first as the server sorts them. */
export function dueNow(items) {
  return (items ?? []).filter((item) => item.state === "overdue" || item.state === "today");
}

const KIND_LABELS = {
  thank_you: "Thank-you", connection_request: "Connect", follow_up: "Follow up",
  check_in: "Check in", stay_in_touch: "Stay in touch", keep_searching: "Keep going",
};

/** The short label of an agenda item's kind. */
export function kindLabel(kind) {
  return KIND_LABELS[kind] ?? kind;
}
