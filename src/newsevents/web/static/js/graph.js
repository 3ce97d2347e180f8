// The actor graph: relations holding on the slider's date (KB and stored), laid out by a small force simulation.
import { getJSON } from "./api.js";
import { clear, el, svg } from "./dom.js";

function monthKey(index, base) {
  const y = base + Math.floor(index / 12);
  return `${y}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

export class ActorGraph {
  constructor({ svgNode, list, slider, output, actorInput, allButton, onNote }) {
    Object.assign(this, { svgNode, list, slider, output, actorInput, onNote });
    this.pos = new Map();
    this.at = null;
    slider.addEventListener("input", () => { this.at = monthKey(Number(slider.value), this.base); this.load(); });
    actorInput.addEventListener("change", () => { this.pos.clear(); this.load(); });
    allButton.addEventListener("click", () => { this.at = null; this.load(); });
  }

  async init() {
    const all = await getJSON("/api/graph", { depth: 1 });
    const min = all.range.min ? Number(all.range.min.slice(0, 4)) : 2000;
    const max = Math.max(all.range.max ? Number(all.range.max.slice(0, 4)) : 2020, new Date().getFullYear());
    this.base = Math.max(1980, min);
    this.slider.dataset.base = String(this.base);
    this.slider.min = "0";
    this.slider.max = String((max - this.base + 1) * 12 - 1);
    this.slider.value = this.slider.max;
    await this.load();
  }

  async load() {
    const actor = this.actorInput.value.trim();
    const params = { at: this.at ? this.at.slice(0, 10) : "", actor, depth: actor ? 2 : 1 };
    this.output.textContent = this.at ? this.at.slice(0, 7) : "all dates";
    try {
      const data = await getJSON("/api/graph", params);
      if (params.at !== (this.at ? this.at.slice(0, 10) : "") || actor !== this.actorInput.value.trim()) return;
      this.render(data);
    } catch (err) {
      this.onNote(String(err.message || err));
    }
  }

  layout(nodes, edges) {
    const box = this.svgNode.getBoundingClientRect();
    const w = box.width || 700;
    const h = box.height || 560;
    for (const n of nodes) {
      if (!this.pos.has(n.id)) this.pos.set(n.id, { x: w * (0.15 + 0.7 * hash(n.id)), y: h * (0.15 + 0.7 * hash(`${n.id}#`)) });
    }
    const pts = nodes.map((n) => this.pos.get(n.id));
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const ideal = Math.max(40, Math.min(120, Math.sqrt((w * h) / Math.max(1, nodes.length)) * 0.7));
    for (let step = 0; step < 200; step += 1) {
      const force = pts.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < pts.length; i += 1) {
        for (let j = i + 1; j < pts.length; j += 1) {
          const dx = pts[i].x - pts[j].x || 0.01;
          const dy = pts[i].y - pts[j].y || 0.01;
          const d2 = Math.max(25, dx * dx + dy * dy);
          const f = (ideal * ideal) / d2;
          force[i].x += dx * f * 0.05; force[i].y += dy * f * 0.05;
          force[j].x -= dx * f * 0.05; force[j].y -= dy * f * 0.05;
        }
      }
      for (const e of edges) {
        const a = index.get(e.source);
        const b = index.get(e.target);
        const dx = pts[b].x - pts[a].x;
        const dy = pts[b].y - pts[a].y;
        const d = Math.sqrt(dx * dx + dy * dy) || 1;
        const f = ((d - ideal) / d) * 0.1;
        force[a].x += dx * f; force[a].y += dy * f;
        force[b].x -= dx * f; force[b].y -= dy * f;
      }
      const cool = 1 - step / 200;
      pts.forEach((p, i) => {
        p.x = Math.max(20, Math.min(w - 20, p.x + Math.max(-10, Math.min(10, force[i].x)) * cool));
        p.y = Math.max(20, Math.min(h - 20, p.y + Math.max(-10, Math.min(10, force[i].y)) * cool));
      });
    }
  }

  render(data) {
    this.layout(data.nodes, data.edges);
    clear(this.svgNode);
    clear(this.list);
    const defs = svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "18", refY: "5",
      markerWidth: "6", markerHeight: "6", orient: "auto-start-reverse" }, svg("path", { d: "M0,0L10,5L0,10z", fill: "#666" })));
    this.svgNode.appendChild(defs);
    for (const e of data.edges) {
      const a = this.pos.get(e.source);
      const b = this.pos.get(e.target);
      const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: e.type, "marker-end": "url(#arrow)",
        "data-source": e.source, "data-target": e.target, "data-type": e.type });
      line.appendChild(svg("title", { text: `${e.source_name} ${e.type} ${e.target_name}` }));
      this.svgNode.appendChild(line);
      const when = [e.start ? `from ${e.start}` : "", e.end ? `until ${e.end}` : ""].filter(Boolean).join(" ");
      this.list.appendChild(el("li", { "data-source": e.source, "data-target": e.target, "data-type": e.type,
        text: `${e.source_name} \u2014${e.type}\u2192 ${e.target_name}${when ? ` (${when})` : ""} [${e.via}]` }));
    }
    for (const n of data.nodes) {
      const p = this.pos.get(n.id);
      const g = svg("g", { "data-node": n.id });
      g.append(svg("circle", { cx: p.x, cy: p.y, r: n.focus ? 9 : 6, class: n.focus ? "focus" : "" }),
        svg("text", { x: p.x + 10, y: p.y + 4, text: n.name }));
      g.addEventListener("click", () => { this.actorInput.value = n.id; this.load(); });
      this.svgNode.appendChild(g);
    }
    this.onNote(`${data.nodes.length} actors, ${data.edges.length} relations on ${data.at || "any date"}`);
  }
}
