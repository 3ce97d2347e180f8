// The event table: one keyset page at a time from /api/events, sortable by date or fatalities.
import { getJSON } from "./api.js";
import { clear, dash, el } from "./dom.js";

const names = (refs) => (refs || []).map((a) => a.name || a.text).join("; ");

export function place(loc) {
  if (!loc) return null;
  return [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ") || null;
}

export class EventTable {
  constructor(table, moreButton, { onArticle, onNote }) {
    this.body = table.querySelector("tbody");
    this.more = moreButton;
    this.onArticle = onArticle;
    this.onNote = onNote;
    this.sort = "date";
    this.more.addEventListener("click", () => this.load(false));
    for (const th of table.querySelectorAll("th[data-sort]")) {
      th.addEventListener("click", () => {
        const field = th.dataset.sort;
        this.sort = this.sort === field ? `-${field}` : field;
        this.refresh(this.filters);
      });
    }
  }

  async refresh(filters) {
    this.filters = filters;
    this.cursor = null;
    clear(this.body);
    await this.load(true);
  }

  async load(first) {
    const params = { ...this.filters, sort: this.sort, limit: 100, cursor: this.cursor, total: first ? "true" : "" };
    const page = await getJSON("/api/events", params);
    if (first) this.total = page.total;
    for (const event of page.items) this.body.appendChild(this.row(event));
    this.cursor = page.next;
    this.more.hidden = !page.next;
    this.onNote(`${this.body.children.length} of ${this.total} events, sorted by ${this.sort}`);
  }

  row(e) {
    const open = el("button", { type: "button", class: "open-article", text: "Article" });
    open.addEventListener("click", () => this.onArticle(e.doc_id, e.id));
    return el("tr", { "data-event": e.id, "data-doc": e.doc_id },
      el("td", { text: dash(e.date && e.date.value) }),
      el("td", { text: e.event_type + (e.mode ? ` (${e.mode})` : "") }),
      el("td", { text: dash(e.acled && [e.acled.event_type, e.acled.sub_event_type].filter(Boolean).join(" / ")) }),
      el("td", { class: "actors", text: dash(names(e.actors)) }),
      el("td", { class: "recipients", text: dash(names(e.recipients)) }),
      el("td", { text: dash(place(e.location)) }),
      el("td", { text: dash(e.fatalities && e.fatalities.best) }),
      el("td", { text: e.certainty }),
      el("td", { class: "sentence", text: e.sentence.text }),
      el("td", {}, open));
  }
}
