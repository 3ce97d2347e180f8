// The article view: the clean text with every extracted span highlighted, events beside their sentences.
import { getJSON } from "./api.js";
import { clear, dash, el, safeHttpUrl } from "./dom.js";
import { place } from "./table.js";

const KINDS = new Set(["actor", "recipient", "trigger", "place", "time", "count", "cue"]);
const COUNTS = ["fatalities", "injured", "arrested", "kidnapped", "size"];

function count(c) {
  if (!c) return null;
  const range = c.low !== null && c.high !== null && c.low !== c.high ? ` (${c.low}\u2013${c.high})` : "";
  return `${dash(c.best)}${range}`;
}

function fields(e) {
  const rows = [
    ["type", e.event_type + (e.mode ? ` / ${e.mode}` : "")],
    ["ACLED", e.acled && [e.acled.event_type, e.acled.sub_event_type].filter(Boolean).join(" / ")],
    ["actors", (e.actors || []).map((a) => a.name || a.text).join("; ")],
    ["recipients", (e.recipients || []).map((a) => a.name || a.text).join("; ")],
    ["trigger", e.trigger && e.trigger.text],
    ["date", e.date && [e.date.value, e.date.precision, e.date.text && `\u201c${e.date.text}\u201d`].filter(Boolean).join(" ")],
    ["place", place(e.location)],
    ...COUNTS.filter((k) => e[k]).map((k) => [k, count(e[k])]),
    ["certainty", e.certainty],
    ["confidence", typeof e.confidence === "number" ? e.confidence.toFixed(2) : null],
    ["incident", e.incident_id],
  ];
  return el("dl", {}, ...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: dash(v) })]));
}

export class ArticleView {
  constructor(root) {
    this.title = root.querySelector("#article-title");
    this.meta = root.querySelector("#article-meta");
    this.text = root.querySelector("#article-text");
    this.side = root.querySelector("#article-events");
  }

  async show(docId, eventId) {
    const view = await getJSON(`/api/documents/${encodeURIComponent(docId)}/view`);
    this.render(view);
    if (eventId) this.activate(eventId, true);
  }

  render(view) {
    const doc = view.document;
    this.title.textContent = doc.title || "(untitled)";
    clear(this.meta);
    const link = safeHttpUrl(doc.url);
    this.meta.append(
      [doc.outlet, doc.published && doc.published.value, doc.source].filter(Boolean).join(" \u00b7 "), " ");
    if (link) this.meta.appendChild(el("a", { href: link, rel: "noopener noreferrer nofollow", target: "_blank", text: "original" }));
    else if (doc.url) this.meta.appendChild(el("span", { class: "muted", text: doc.url }));
    clear(this.text);
    for (const seg of view.segments) {
      const piece = doc.text.slice(seg.start, seg.end);
      const kinds = seg.kinds.filter((k) => KINDS.has(k));
      if (!kinds.length) {
        this.text.appendChild(document.createTextNode(piece));
        continue;
      }
      const span = el("span", { class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "), title: seg.labels.join("\n"),
        "data-kinds": kinds.join(" "), "data-owners": seg.owners.join(" "), text: piece });
      span.addEventListener("click", () => seg.owners.forEach((o) => this.activate(o, true)));
      this.text.appendChild(span);
    }
    clear(this.side);
    this.side.appendChild(el("h3", { text: `${view.events.length} events, ${view.relations.length} relations` }));
    for (const e of view.events) this.side.appendChild(this.card(e.id, e.sentence.text, fields(e)));
    for (const r of view.relations) {
      const dl = el("dl", {}, el("dt", { text: "relation" }), el("dd", { text: r.type }),
        el("dt", { text: "source" }), el("dd", { text: r.source.name || r.source.text }),
        el("dt", { text: "target" }), el("dd", { text: r.target.name || r.target.text }),
        el("dt", { text: "date" }), el("dd", { text: dash(r.date && r.date.value) }),
        el("dt", { text: "certainty" }), el("dd", { text: r.certainty }));
      this.side.appendChild(this.card(r.id, r.sentence.text, dl));
    }
  }

  card(id, sentence, details) {
    const card = el("div", { class: "event-card", "data-id": id }, el("blockquote", { text: sentence }), details);
    card.addEventListener("mouseenter", () => this.activate(id, false));
    return card;
  }

  activate(id, scroll) {
    for (const node of document.querySelectorAll(".hl.active, .event-card.active")) node.classList.remove("active");
    for (const node of this.text.querySelectorAll("span[data-owners]")) {
      if (node.dataset.owners.split(" ").includes(id)) node.classList.add("active");
    }
    for (const node of this.side.querySelectorAll(".event-card")) {
      if (node.dataset.id === id) {
        node.classList.add("active");
        if (scroll) node.scrollIntoView({ block: "nearest" });
      }
    }
  }
}
