// The event map: a Mercator basemap drawn from bundled country boundaries, events clustered by zoom level.
import { getJSON } from "./api.js";
import { countries } from "./topo.js";
import { clear, svg } from "./dom.js";

const MAX_LAT = 85;
const mercY = (lat) => {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
};
const invMercY = (y) => (360 / Math.PI) * Math.atan(Math.exp((y * Math.PI) / 180)) - 90;

export class EventMap {
  constructor(svgNode, { onEvent, onNote }) {
    this.node = svgNode;
    this.onEvent = onEvent;
    this.onNote = onNote;
    this.view = { cx: 0, cy: 20, k: 1 };
    this.filters = {};
    this.clusters = [];
    this.cell = null;
    this.fitted = false;
    this.land = svg("g", { class: "basemap" });
    this.marks = svg("g", { class: "marks" });
    this.node.append(this.land, this.marks);
    this.bindInput();
  }

  size() {
    const box = this.node.getBoundingClientRect();
    return { w: box.width || 600, h: box.height || 380 };
  }

  async loadBasemap() {
    const response = await fetch("/static/countries-50m.json");
    const topology = await response.json();
    for (const country of countries(topology)) {
      const d = country.polygons
        .flatMap((poly) => poly.map((r) => "M" + r.map(([lon, lat]) => `${lon.toFixed(3)},${mercY(lat).toFixed(3)}`).join("L") + "Z"))
        .join("");
      const path = svg("path", { d, class: "land" });
      path.appendChild(svg("title", { text: country.name }));
      this.land.appendChild(path);
    }
    const { w } = this.size();
    this.view.k = w / 360;
    this.draw();
  }

  project(lon, lat) {
    const { w, h } = this.size();
    return [(lon - this.view.cx) * this.view.k + w / 2, (this.view.cy - mercY(lat)) * this.view.k + h / 2];
  }

  bbox() {
    const { w, h } = this.size();
    const { cx, cy, k } = this.view;
    const clampLon = (v) => Math.max(-180, Math.min(180, v));
    const west = clampLon(cx - w / 2 / k);
    const east = clampLon(cx + w / 2 / k);
    const north = Math.min(MAX_LAT, invMercY(cy + h / 2 / k));
    const south = Math.max(-MAX_LAT, invMercY(cy - h / 2 / k));
    return [west, south, east, north].map((v) => v.toFixed(4)).join(",");
  }

  cellSize() {
    const raw = 40 / this.view.k;
    const cell = Math.pow(2, Math.round(Math.log2(raw)));
    return Math.max(0.015625, Math.min(64, cell));
  }

  async refresh(filters) {
    this.filters = { ...filters, bbox: "" };
    this.cell = null;
    await this.loadClusters();
  }

  async loadClusters() {
    const cell = this.cellSize();
    if (cell === this.cell) return;
    this.cell = cell;
    const data = await getJSON("/api/events/clusters", { ...this.filters, cell });
    if (cell !== this.cell) return;
    this.clusters = data.clusters;
    const located = data.clusters.reduce((n, c) => n + c.count, 0);
    this.onNote(`${located} located events` + (data.unlocated ? `, ${data.unlocated} without a place` : ""));
    if (!this.fitted && data.clusters.length) {
      this.fitted = true;
      this.fit(data.clusters);
      return;
    }
    this.draw();
  }

  fit(clusters) {
    const { w, h } = this.size();
    const xs = clusters.map((c) => c.lon);
    const ys = clusters.map((c) => mercY(c.lat));
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    this.view.cx = (x0 + x1) / 2;
    this.view.cy = (y0 + y1) / 2;
    const span = Math.max((x1 - x0) / w, (y1 - y0) / h, 1 / 40);
    this.view.k = Math.max(w / 360, Math.min(40, 0.8 / span));
    this.changed();
  }

  draw() {
    const { w, h } = this.size();
    const { cx, cy, k } = this.view;
    this.land.setAttribute("transform", `translate(${w / 2 - cx * k},${h / 2 + cy * k}) scale(${k},${-k})`);
    clear(this.marks);
    for (const c of this.clusters) {
      const [x, y] = this.project(c.lon, c.lat);
      if (x < -20 || y < -20 || x > w + 20 || y > h + 20) continue;
      if (c.count === 1) {
        const dot = svg("circle", { cx: x, cy: y, r: 5, class: "point", "data-event": c.event_id });
        dot.appendChild(svg("title", { text: "1 event: click to open its article" }));
        dot.addEventListener("click", () => this.openEvent(c.event_id));
        this.marks.appendChild(dot);
      } else {
        const r = 7 + 3 * Math.log2(c.count);
        const group = svg("g", { class: "cluster-group", "data-count": c.count });
        const circle = svg("circle", { cx: x, cy: y, r, class: "cluster" });
        circle.appendChild(svg("title", { text: `${c.count} events: click to zoom in` }));
        circle.addEventListener("click", () => this.zoomAt(x, y, 3));
        group.append(circle, svg("text", { x, y, text: c.count }));
        this.marks.appendChild(group);
      }
    }
  }

  async openEvent(eventId) {
    const event = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    this.onEvent(event);
  }

  changed() {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = null;
      this.draw();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.loadClusters().catch((err) => this.onNote(String(err))), 150);
    });
  }

  zoomAt(x, y, factor) {
    const { w, h } = this.size();
    const { cx, cy, k } = this.view;
    const lon = cx + (x - w / 2) / k;
    const my = cy - (y - h / 2) / k;
    const nk = Math.max(w / 720, Math.min(2000, k * factor));
    this.view = { cx: lon - (x - w / 2) / nk, cy: my + (y - h / 2) / nk, k: nk };
    this.changed();
  }

  zoom(factor) {
    const { w, h } = this.size();
    this.zoomAt(w / 2, h / 2, factor);
  }

  bindInput() {
    let drag = null;
    this.node.addEventListener("pointerdown", (ev) => {
      drag = { x: ev.clientX, y: ev.clientY, cx: this.view.cx, cy: this.view.cy };
    });
    window.addEventListener("pointerup", () => { drag = null; });
    this.node.addEventListener("pointermove", (ev) => {
      if (!drag || ev.buttons !== 1) return;
      this.view.cx = drag.cx - (ev.clientX - drag.x) / this.view.k;
      this.view.cy = drag.cy + (ev.clientY - drag.y) / this.view.k;
      this.changed();
    });
    this.node.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const box = this.node.getBoundingClientRect();
      this.zoomAt(ev.clientX - box.left, ev.clientY - box.top, ev.deltaY < 0 ? 1.5 : 1 / 1.5);
    }, { passive: false });
  }
}
