// Counts a V8 heap snapshot (test/bench/memory-census.mjs --snapshot) by what holds each object
// (issue 18): plain objects by their shape (their property names: a LogEvidence, an EvidenceLine,
// an AttachmentEvidence, a StreamLog are told apart by their members), arrays, strings and
// element stores by the shape and member of the first object that holds them.
//
//   node test/bench/heap-census.mjs FILE.heapsnapshot [--per N] [--top 40] [--path KIND]
//
// `--per N` divides the bytes by N (the dumps of the archive): bytes per dump of each kind.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args[0];
const per = Number(option('--per') ?? 1);
const top = Number(option('--top') ?? 40);

const snapshot = JSON.parse(readFileSync(file, 'utf8'));
const { node_fields: nodeFields, edge_fields: edgeFields, node_types: nodeTypes, edge_types: edgeTypes } = snapshot.snapshot.meta;
const N = nodeFields.length;
const E = edgeFields.length;
const nType = nodeFields.indexOf('type');
const nName = nodeFields.indexOf('name');
const nSize = nodeFields.indexOf('self_size');
const nEdges = nodeFields.indexOf('edge_count');
const eType = edgeFields.indexOf('type');
const eName = edgeFields.indexOf('name_or_index');
const eTo = edgeFields.indexOf('to_node');
const typeNames = nodeTypes[0];
const edgeTypeNames = edgeTypes[0];
const { nodes, edges, strings } = snapshot;
const count = nodes.length / N;

const firstEdge = new Uint32Array(count + 1);
for (let i = 0, e = 0; i < count; i++) {
  firstEdge[i] = e;
  e += nodes[i * N + nEdges] * E;
}
firstEdge[count] = edges.length;

const typeOf = (i) => typeNames[nodes[i * N + nType]];
const nameOf = (i) => strings[nodes[i * N + nName]];
const edgeName = (e) => {
  const type = edgeTypeNames[edges[e + eType]];
  return type === 'element' || type === 'hidden' ? `[${edges[e + eName]}]` : strings[edges[e + eName]];
};

// The first strong holder of each node, and by which member.
const holder = new Int32Array(count).fill(-1);
const holderEdge = new Int32Array(count).fill(-1);
for (let i = 0; i < count; i++) {
  for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += E) {
    const type = edgeTypeNames[edges[e + eType]];
    if (type === 'weak' || type === 'shortcut') continue;
    const to = edges[e + eTo] / N;
    if (holder[to] === -1) {
      holder[to] = i;
      holderEdge[to] = e;
    }
  }
}

const shapeCache = new Map();
/** A plain object by its property names; other objects by their constructor name. */
function shape(i) {
  if (shapeCache.has(i)) return shapeCache.get(i);
  let label;
  const type = typeOf(i);
  const name = nameOf(i);
  if (type === 'object' && name === 'Object') {
    const members = [];
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += E) {
      if (edgeTypeNames[edges[e + eType]] === 'property') members.push(strings[edges[e + eName]]);
    }
    label = `{${members.filter((m) => m !== '__proto__').slice(0, 7).join(',')}}`;
  } else if (type === 'object' && name === 'Array') {
    label = `Array in ${heldBy(i, 1)}`;
  } else if (type === 'object') {
    label = name;
  } else {
    label = `${type} ${type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '' : name} in ${heldBy(i, 1)}`;
  }
  shapeCache.set(i, label);
  return label;
}
/** `Shape.member` of the first holder (through arrays and element stores, a few levels up). */
function heldBy(i, depth) {
  const h = holder[i];
  if (h < 0) return '(root)';
  const member = edgeName(holderEdge[i]);
  const t = typeOf(h);
  if (depth < 4 && (t !== 'object' || nameOf(h) === 'Array')) return `${heldBy(h, depth + 1)}${member.startsWith('[') ? '[]' : `.${member}`}`;
  return `${t === 'object' ? (nameOf(h) === 'Object' ? shape(h) : nameOf(h)) : `${t} ${nameOf(h)}`}.${member}`;
}

const totals = new Map();
let all = 0;
for (let i = 0; i < count; i++) {
  const size = nodes[i * N + nSize];
  all += size;
  if (size === 0) continue;
  const label = shape(i);
  const t = totals.get(label) ?? { count: 0, bytes: 0 };
  t.count++;
  t.bytes += size;
  totals.set(label, t);
}
const sorted = [...totals.entries()].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top);
const lines = [
  `${file}: ${count} nodes, ${(all / 1e6).toFixed(1)} MB self size${per !== 1 ? `; per ${per}` : ''}`,
  '',
  `| kind (shape or holder) | count | bytes | ${per !== 1 ? 'count per | bytes per |' : ''}`,
  `|---|---:|---:|${per !== 1 ? '---:|---:|' : ''}`,
  ...sorted.map(
    ([label, t]) =>
      `| ${label.replaceAll('|', '\\|').slice(0, 140)} | ${t.count} | ${t.bytes} | ${per !== 1 ? `${(t.count / per).toFixed(2)} | ${(t.bytes / per).toFixed(0)} |` : ''}`,
  ),
];
// `--path PREFIX`: the chain of first holders of the first object whose kind starts with PREFIX
// (who keeps it alive, up to a root).
const wanted = option('--path');
if (wanted !== undefined) {
  let i = 0;
  while (i < count && !shape(i).startsWith(wanted)) i++;
  const chain = [];
  for (let k = 0; i >= 0 && i < count && k < 400; k++, i = holder[i]) {
    chain.push(`${typeOf(i)} ${typeOf(i) === 'object' && nameOf(i) === 'Object' ? shape(i) : nameOf(i).slice(0, 60)}${holderEdge[i] >= 0 ? ` ← .${edgeName(holderEdge[i])} of` : ''}`);
  }
  lines.push('', `Held by: ${chain.join('\n  ')}`);
}
process.stdout.write(lines.join('\n') + '\n');
