// Wires the views together: filters -> map, timeline and table; hash routes for the graph and article views.
import { getJSON, url } from "./api.js";
import { ArticleView } from "./article.js";
import { el } from "./dom.js";
import { ActorGraph } from "./graph.js";
import { EventMap } from "./map.js";
import { EventTable } from "./table.js";
import { Timeline } from "./timeline.js";

const $ = (sel) => document.querySelector(sel);
const status = (text) => { $("#status").textContent = text; };

function fillSelect(select, values) {
  for (const { value, count } of values) select.appendChild(el("option", { value, text: `${value} (${count})` }));
}

function filters() {
  const data = new FormData($("#filters"));
  const out = {};
  for (const [key, value] of data.entries()) if (String(value).trim()) out[key] = String(value).trim();
  return out;
}

async function main() {
  const form = $("#filters");
  const table = new EventTable($("#events-table"), $("#more"), {
    onArticle: (docId, eventId) => { location.hash = `doc=${encodeURIComponent(docId)}&event=${encodeURIComponent(eventId)}`; },
    onNote: (t) => { $("#table-note").textContent = t; },
  });
  const map = new EventMap($("#map"), {
    onEvent: (e) => { location.hash = `doc=${encodeURIComponent(e.doc_id)}&event=${encodeURIComponent(e.id)}`; },
    onNote: (t) => { $("#map-note").textContent = t; },
  });
  const timeline = new Timeline($("#timeline"), {
    onBrush: (from, to) => { form.date_from.value = from; form.date_to.value = to; refresh(false); },
    onNote: (t) => { $("#timeline-note").textContent = t; },
  });
  const article = new ArticleView($("#article-view"));
  const graph = new ActorGraph({ svgNode: $("#graph"), list: $("#graph-edges"), slider: $("#graph-slider"),
    output: $("#graph-date"), actorInput: $("#graph-actor"), allButton: $("#graph-all"),
    onNote: (t) => { $("#graph-note").textContent = t; } });
  let graphReady = null;

  async function refresh(withTimeline = true) {
    const f = filters();
    status("loading\u2026");
    document.body.dataset.busy = "true";
    for (const fmt of ["csv", "jsonl", "geojson"]) $(`#export-${fmt}`).href = url("/api/events/export", { ...f, format: fmt });
    $("#bbox-note").textContent = f.bbox ? `in map view ${f.bbox}` : "";
    try {
      await Promise.all([table.refresh(f), map.refresh(f), withTimeline ? timeline.refresh(f) : null]);
      status("");
    } catch (err) {
      status(String(err.message || err));
    }
    delete document.body.dataset.busy;
  }

  async function route() {
    const hash = location.hash.replace(/^#/, "");
    const params = new URLSearchParams(hash);
    const docId = params.get("doc");
    $("#events-view").hidden = Boolean(docId) || hash === "graph";
    $("#graph-view").hidden = hash !== "graph";
    $("#article-view").hidden = !docId;
    try {
      if (docId) await article.show(docId, params.get("event"));
      if (hash === "graph") {
        graphReady = graphReady || graph.init();
        await graphReady;
      }
    } catch (err) {
      status(String(err.message || err));
    }
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  $("#reset").addEventListener("click", () => { form.reset(); form.bbox.value = ""; timeline.clearSelection(); refresh(); });
  $("#brush-clear").addEventListener("click", () => { form.date_from.value = ""; form.date_to.value = ""; timeline.clearSelection(); refresh(false); });
  $("#map-filter").addEventListener("click", () => { form.bbox.value = map.bbox(); refresh(); });
  $("#zoom-in").addEventListener("click", () => map.zoom(2));
  $("#zoom-out").addEventListener("click", () => map.zoom(0.5));
  $("#article-back").addEventListener("click", (ev) => { ev.preventDefault(); history.back(); });
  window.addEventListener("hashchange", route);

  const facets = await getJSON("/api/events/facets");
  fillSelect(form.event_type, facets.event_type);
  fillSelect(form.acled_type, facets.acled_type);
  fillSelect(form.country, facets.country);
  fillSelect(form.certainty, facets.certainty);
  const actors = await getJSON("/api/actors", { limit: 500 });
  for (const a of actors.items) $("#actor-list").appendChild(el("option", { value: a.name, text: `${a.actor_id} (${a.events})` }));
  await map.loadBasemap();
  await refresh();
  await route();
  document.body.dataset.ready = "true";
}

main().catch((err) => status(String(err.message || err)));
