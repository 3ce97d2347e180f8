// The timeline: events per month (or year) as bars; drag across it to select a date range.
import { getJSON } from "./api.js";
import { clear, svg } from "./dom.js";

function nextPeriod(key, unit) {
  if (unit === "year") return String(Number(key) + 1);
  let [y, m] = key.split("-").map(Number);
  m += 1;
  if (m > 12) { m = 1; y += 1; }
  return `${y}-${String(m).padStart(2, "0")}`;
}

function lastDay(key, unit) {
  if (unit === "year") return `${key}-12-31`;
  const [y, m] = key.split("-").map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${key}-${String(day).padStart(2, "0")}`;
}

export class Timeline {
  constructor(svgNode, { onBrush, onNote }) {
    this.node = svgNode;
    this.onBrush = onBrush;
    this.onNote = onNote;
    this.keys = [];
    this.selected = null;
    this.bindInput();
  }

  async refresh(filters) {
    const base = { ...filters, date_from: "", date_to: "" };
    let data = await getJSON("/api/events/timeline", { ...base, unit: "month" });
    if (data.bins.length > 1) {
      const first = data.bins[0].date.slice(0, 4);
      const last = data.bins[data.bins.length - 1].date.slice(0, 4);
      if (Number(last) - Number(first) > 25) data = await getJSON("/api/events/timeline", { ...base, unit: "year" });
    }
    this.unit = data.unit;
    const counts = new Map(data.bins.map((b) => [b.date, b.count]));
    this.keys = [];
    if (data.bins.length) {
      let key = data.bins[0].date;
      const end = data.bins[data.bins.length - 1].date;
      while (key <= end && this.keys.length < 2000) { this.keys.push(key); key = nextPeriod(key, data.unit); }
    }
    this.counts = this.keys.map((k) => counts.get(k) || 0);
    const dated = this.counts.reduce((a, b) => a + b, 0);
    this.onNote(`${dated} dated` + (data.undated ? `, ${data.undated} undated` : ""));
    this.draw();
  }

  geometry() {
    const box = this.node.getBoundingClientRect();
    const w = box.width || 400;
    const h = box.height || 380;
    const pad = { l: 30, r: 8, t: 10, b: 28 };
    const n = Math.max(1, this.keys.length);
    return { w, h, pad, bw: (w - pad.l - pad.r) / n };
  }

  draw() {
    clear(this.node);
    const { h, pad, bw } = this.geometry();
    const max = Math.max(1, ...this.counts);
    const plotH = h - pad.t - pad.b;
    this.node.appendChild(svg("text", { x: 2, y: pad.t + 8, text: max }));
    this.keys.forEach((key, i) => {
      const bh = (this.counts[i] / max) * plotH;
      const inside = this.selected && i >= this.selected[0] && i <= this.selected[1];
      const bar = svg("rect", { x: pad.l + i * bw + 0.5, y: pad.t + plotH - bh, width: Math.max(1, bw - 1),
        height: bh, class: inside ? "bar in" : "bar", "data-period": key });
      bar.appendChild(svg("title", { text: `${key}: ${this.counts[i]}` }));
      this.node.appendChild(bar);
    });
    const step = Math.max(1, Math.ceil(this.keys.length / 8));
    this.keys.forEach((key, i) => {
      if (i % step === 0) this.node.appendChild(svg("text", { x: pad.l + i * bw, y: h - 10, text: key }));
    });
    if (this.selected) {
      const [a, b] = this.selected;
      this.node.appendChild(svg("rect", { x: pad.l + a * bw, y: pad.t, width: (b - a + 1) * bw, height: plotH, class: "brush" }));
    }
  }

  indexAt(clientX) {
    const box = this.node.getBoundingClientRect();
    const { pad, bw } = this.geometry();
    const i = Math.floor((clientX - box.left - pad.l) / bw);
    return Math.max(0, Math.min(this.keys.length - 1, i));
  }

  clearSelection() {
    this.selected = null;
    this.draw();
  }

  bindInput() {
    let start = null;
    this.node.addEventListener("pointerdown", (ev) => {
      if (!this.keys.length) return;
      start = this.indexAt(ev.clientX);
      this.selected = [start, start];
      this.draw();
    });
    this.node.addEventListener("pointermove", (ev) => {
      if (start === null || ev.buttons !== 1) return;
      const i = this.indexAt(ev.clientX);
      this.selected = [Math.min(start, i), Math.max(start, i)];
      this.draw();
    });
    window.addEventListener("pointerup", () => {
      if (start === null) return;
      start = null;
      const [a, b] = this.selected;
      const from = this.unit === "year" ? `${this.keys[a]}-01-01` : `${this.keys[a]}-01`;
      this.onBrush(from, lastDay(this.keys[b], this.unit));
    });
  }
}
