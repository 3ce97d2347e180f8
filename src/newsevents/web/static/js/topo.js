// A small TopoJSON reader: decode quantized, delta-encoded arcs into rings of [lon, lat].
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ring(indexes, arcs) {
  const points = [];
  indexes.forEach((index, i) => {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(i === 0 ? arc : arc.slice(1)));
  });
  return points;
}

export function countries(topology, objectName = "countries") {
  // [{name, id, polygons: [[ring, ...], ...]}] for every geometry of the object.
  const arcs = decodeArcs(topology);
  return topology.objects[objectName].geometries.map((g) => {
    const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    return {
      id: g.id,
      name: g.properties ? g.properties.name : "",
      polygons: polys.map((poly) => poly.map((r) => ring(r, arcs))),
    };
  });
}
