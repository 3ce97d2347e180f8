// The API reference page: renders /openapi.json as plain HTML (bundled, no CDN, no inline script).
const $ = (sel) => document.querySelector(sel);

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function paramRow(p) {
  const schema = p.schema || {};
  const type = schema.enum ? schema.enum.join(" | ") : schema.type || (schema.anyOf || []).map((s) => s.enum ? s.enum.join(" | ") : s.type).join(" or ");
  const row = el("tr");
  row.append(el("td", p.name), el("td", p.in), el("td", type), el("td", p.required ? "yes" : ""),
    el("td", p.description || schema.description || ""));
  return row;
}

async function main() {
  const spec = await (await fetch("/openapi.json")).json();
  $("#title").textContent = `${spec.info.title} ${spec.info.version}`;
  $("#description").textContent = spec.info.description || "";
  const root = $("#paths");
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const section = el("section", null, "op");
      section.appendChild(el("h2", `${method.toUpperCase()} ${path}`));
      section.appendChild(el("p", op.summary || ""));
      const params = op.parameters || [];
      if (params.length) {
        const table = el("table");
        const head = el("tr");
        for (const h of ["name", "in", "type", "required", "description"]) head.appendChild(el("th", h));
        table.appendChild(head);
        for (const p of params) table.appendChild(paramRow(p));
        section.appendChild(table);
      }
      if (op.requestBody) section.appendChild(el("p", `Body: ${Object.keys(op.requestBody.content || {}).join(" or ")}`));
      root.appendChild(section);
    }
  }
}

main().catch((err) => { $("#description").textContent = String(err); });
