/**
 * Geometry of the SVG log timeline of one stream (SPEC §7 html): each generation present,
 * missing, mismatched, damaged, ceiling or current; markers for each database's anchor, the
 * checkpoint, path and signature changes and the end of replay; brackets for each database's
 * Log Required range; decimal and hex labels. Computed here so the template only prints.
 *
 * Runs of logs with one status fold into one band whose width grows with the logarithm of its
 * length, so a stream of 100,000 logs is a handful of bands. A stream so fragmented that it
 * still has more than MAX_BANDS bands is coarsened: neighbouring bands merge and take the
 * colour of their worst log (their title lists what they hold).
 */
import { generationHex } from '../domain/log-names.js';
import type { DatabaseReport, LogStatus, StreamLog, StreamReport } from '../verdict/types.js';
import { countText } from './count-text.js';
import { generationRangeText, needsLogs, type StreamFileNames } from './generation-text.js';
import { LOG_RUN_NOTES, LOG_STATUS_LABELS, LOG_STATUS_SEVERITY, STREAM_EVENT_LABELS } from './labels.js';
import { foldLogRuns, type LogRun } from './log-runs.js';
import { streamLogRuns } from '../verdict/stream-log-list.js';

/** Drawing width in SVG user units (the SVG scales to the page). */
const WIDTH = 960;
const MARGIN = 12;
const BAR_HEIGHT = 30;
const LANE_HEIGHT = 17;
const RANGE_LANE_HEIGHT = 24;
/** Estimated advance of one character at the 11px label font (a little generous). */
const CHAR_WIDTH = 6.6;
const MAX_BANDS = 240;
/** Markers beyond this many label lanes keep their line and tooltip but lose the label. */
const MAX_LANES = 10;

/** One band of the bar: a log, or a run of logs with one status. */
export interface TimelineBand {
  readonly x: number;
  readonly width: number;
  /** Status of the band's logs (the worst one in a coarsened band). */
  readonly status: LogStatus;
  /** True when the band merges logs of several statuses (streams too fragmented to draw). */
  readonly mixed: boolean;
  /** Tooltip: files, count and generations. */
  readonly title: string;
  /** `13 logs` inside the band when it fits, else null. */
  readonly label: string | null;
  readonly labelX: number;
}

export type TimelineMarkerKind =
  | 'anchor'
  | 'checkpoint'
  | 'replay-through'
  | 'path-change'
  | 'db-signature-change'
  | 'log-signature-change';

/** A vertical marker above the bar at one generation. */
export interface TimelineMarker {
  readonly kind: TimelineMarkerKind;
  readonly x: number;
  /** Top of the marker line (just under its label). */
  readonly lineTop: number;
  /** Bottom of the marker line (just under the bar, so it crosses the band it points at). */
  readonly lineBottom: number;
  readonly labelX: number;
  readonly labelY: number;
  readonly textAnchor: 'start' | 'end';
  /** `priv.edb, pub.edb anchor 4815 · 0x12CF`; null when there was no room for a label. */
  readonly label: string | null;
  readonly title: string;
}

/** A bracket under the bar: one database's Log Required range. */
export interface TimelineRange {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  /** SVG path of the bracket: ticks up at both ends, joined under the bar. */
  readonly path: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly label: string;
  readonly title: string;
}

/** A generation label under the bar (first and last generation). */
export interface TimelineAxisLabel {
  readonly x: number;
  readonly y: number;
  readonly textAnchor: 'start' | 'end';
  readonly text: string;
}

export interface TimelineView {
  readonly width: number;
  readonly height: number;
  readonly viewBox: string;
  /** Accessible name of the SVG. */
  readonly title: string;
  readonly barY: number;
  readonly barHeight: number;
  readonly bands: readonly TimelineBand[];
  readonly markers: readonly TimelineMarker[];
  readonly ranges: readonly TimelineRange[];
  readonly axis: readonly TimelineAxisLabel[];
  /** bands + markers + ranges: the number of `.mark` elements drawn. */
  readonly markCount: number;
  /** Statuses drawn, in severity order, for the legend. */
  readonly legend: readonly { readonly status: LogStatus; readonly label: string }[];
}

interface BandLayout {
  readonly first: number;
  readonly last: number;
  readonly x: number;
  readonly width: number;
}

interface MarkerRequest {
  readonly kind: TimelineMarkerKind;
  readonly generation: number;
  readonly text: string;
}

const round = (v: number): number => Math.round(v * 10) / 10;
const labelWidth = (text: string): number => text.length * CHAR_WIDTH;
const genLabel = (generation: number): string => `${generation} · 0x${generationHex(generation)}`;

/** The timeline of one stream and the databases attached to it. */
export function buildTimeline(
  stream: StreamReport,
  databases: readonly DatabaseReport[],
  fileNames: StreamFileNames,
  /** `Log stream Edb` (see streamTitle: never the stream's internal id). */
  streamTitle = `Log stream ${stream.baseName ?? 'with no base name'}`,
): TimelineView {
  const runs = coarsen(
    foldLogRuns(
      streamLogRuns(stream.logs),
      (log) => log.generation,
      // The anchor and the current log are always their own band.
      (log) => (log.status === 'anchor' || log.status === 'current' ? null : log.status),
      2,
    ),
  );

  const inner = WIDTH - 2 * MARGIN;
  const units = runs.map((run) => bandUnits(run.count));
  const totalUnits = units.reduce((a, b) => a + b, 0) || 1;
  const scale = inner / totalUnits;

  const layouts: BandLayout[] = [];
  let cursor = MARGIN;
  runs.forEach((run, i) => {
    const width = units[i]! * scale;
    layouts.push({ first: run.first, last: run.last, x: cursor, width });
    cursor += width;
  });

  const xOf = (generation: number): number => positionOf(layouts, generation);

  // Markers: merged when several databases share one kind at one generation.
  const requests: MarkerRequest[] = [];
  const byKey = new Map<string, { kind: TimelineMarkerKind; generation: number; names: string[]; what: string }>();
  const request = (kind: TimelineMarkerKind, generation: number, what: string, name?: string): void => {
    const key = `${kind}|${generation}|${what}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { kind, generation, names: [], what };
      byKey.set(key, entry);
    }
    if (name !== undefined && !entry.names.includes(name)) entry.names.push(name);
  };
  for (const db of databases) if (db.anchor) request('anchor', db.anchor.generation, 'anchor', db.name);
  if (stream.checkpoint) request('checkpoint', stream.checkpoint.generation, 'checkpoint');
  for (const event of stream.events) {
    request(event.kind, event.generation, STREAM_EVENT_LABELS[event.kind], event.database);
  }
  if (stream.replayThrough !== undefined) request('replay-through', stream.replayThrough, 'replay through');
  for (const entry of byKey.values()) {
    const who = entry.names.length > 0 ? `${entry.names.join(', ')} ` : '';
    requests.push({ kind: entry.kind, generation: entry.generation, text: `${who}${entry.what} ${genLabel(entry.generation)}` });
  }
  // Placed right to left: labels run rightwards over markers already placed, whose lines then
  // stay under them (a label must not cover another label, nor a line of a lower marker).
  requests.sort((a, b) => b.generation - a.generation || a.text.localeCompare(b.text));

  const lanesAbove = new LaneSet();
  const placedMarkers = requests.map((req) => {
    const x = xOf(req.generation);
    const width = labelWidth(req.text);
    const textAnchor: 'start' | 'end' = x + 3 + width <= WIDTH - 2 ? 'start' : 'end';
    const left = textAnchor === 'start' ? x - 1 : x - 3 - width;
    const right = textAnchor === 'start' ? x + 3 + width : x + 1;
    const lane = lanesAbove.place(left, right, x);
    return { req, x, textAnchor, lane };
  });
  const aboveLanes = Math.min(lanesAbove.count, MAX_LANES);
  const barY = 8 + aboveLanes * LANE_HEIGHT + 6;

  placedMarkers.reverse();
  const markers: TimelineMarker[] = placedMarkers.map(({ req, x, textAnchor, lane }) => {
    const labelled = lane < MAX_LANES;
    const labelY = barY - 8 - (labelled ? lane : 0) * LANE_HEIGHT;
    return {
      kind: req.kind,
      x: round(x),
      lineTop: labelled ? round(labelY + 3) : barY - 6,
      lineBottom: barY + BAR_HEIGHT + 3,
      labelX: round(textAnchor === 'start' ? x + 3 : x - 3),
      labelY: round(labelY),
      textAnchor,
      label: labelled ? req.text : null,
      title: `${req.text} (${fileNames.fileOf(req.generation) ?? 'file not named'})`,
    };
  });

  // A band's count label sits at the first of centre, left or right quarter that no marker
  // line crosses; with no such place the band keeps only its tooltip.
  const markerXs = markers.map((m) => m.x);
  const bands: TimelineBand[] = runs.map((run, i) => {
    const layout = layouts[i]!;
    const countLabel = run.count > 1 ? `${countText(run.count)} logs` : null;
    let labelX: number | null = null;
    if (countLabel !== null && labelWidth(countLabel) + 6 <= layout.width) {
      const half = labelWidth(countLabel) / 2 + 3;
      labelX =
        [0.5, 0.25, 0.75]
          .map((at) => layout.x + layout.width * at)
          .filter((x) => x - half >= layout.x && x + half <= layout.x + layout.width)
          .find((x) => markerXs.every((mx) => mx < x - half || mx > x + half)) ?? null;
    }
    return {
      x: round(layout.x),
      width: round(Math.max(layout.width, 0.5)),
      status: run.status,
      mixed: run.mixed,
      title: run.title,
      label: labelX === null ? null : countLabel,
      labelX: round(labelX ?? layout.x + layout.width / 2),
    };
  });

  // Under the bar: the first and last generation, then the Log Required brackets.
  const barBottom = barY + BAR_HEIGHT;
  const axis: TimelineAxisLabel[] = [];
  if (layouts.length > 0) {
    const first = layouts[0]!.first;
    const last = layouts[layouts.length - 1]!.last;
    axis.push({ x: MARGIN, y: barBottom + 14, textAnchor: 'start', text: genLabel(first) });
    if (last !== first) axis.push({ x: WIDTH - MARGIN, y: barBottom + 14, textAnchor: 'end', text: genLabel(last) });
  }

  const lanesBelow = new LaneSet();
  const ranges: TimelineRange[] = [];
  for (const db of databases) {
    // A consistent database's `0-0` needs no log: no bracket at a generation that does not exist.
    if (!db.logRequired || !needsLogs(db.logRequired)) continue;
    const { low, high } = db.logRequired;
    const x1 = xOf(low) - 2;
    const x2 = Math.max(xOf(high) + 2, x1 + 4);
    const label = `${db.name} Log Required ${genLabel(low)} – ${genLabel(high)}`;
    const width = labelWidth(label);
    const labelX = Math.min(x1, WIDTH - MARGIN - width);
    const lane = lanesBelow.place(Math.min(x1, labelX), Math.max(x2, labelX + width), undefined);
    const y = barBottom + 26 + lane * RANGE_LANE_HEIGHT;
    ranges.push({
      x1: round(x1),
      x2: round(x2),
      y,
      path: `M${round(x1)} ${y - 7}V${y}H${round(x2)}V${y - 7}`,
      labelX: round(Math.max(labelX, 2)),
      labelY: y + 13,
      label,
      title: `${db.name}: Log Required ${generationRangeText(low, high)} (${fileNames.fileOf(low) ?? '?'} … ${fileNames.fileOf(high) ?? '?'})`,
    });
  }
  const height = barBottom + 22 + lanesBelow.count * RANGE_LANE_HEIGHT + 8;

  const present = new Set(runs.map((run) => run.status));
  const legend = LOG_STATUS_SEVERITY.filter((s) => present.has(s)).map((status) => ({
    status,
    label: LOG_STATUS_LABELS[status],
  }));

  return {
    width: WIDTH,
    height,
    viewBox: `0 0 ${WIDTH} ${height}`,
    title: `${streamTitle}: ${stream.logs.length} generations`,
    barY,
    barHeight: BAR_HEIGHT,
    bands,
    markers,
    ranges,
    axis,
    markCount: bands.length + markers.length + ranges.length,
    legend,
  };
}

/** A folded run as the timeline draws it. */
interface TimelineRun {
  readonly first: number;
  readonly last: number;
  readonly count: number;
  readonly status: LogStatus;
  readonly mixed: boolean;
  readonly title: string;
}

function describeRun(run: LogRun<StreamLog>): TimelineRun {
  const firstLog = run.first;
  const lastLog = run.last;
  const count = run.count;
  const gens = generationRangeText(run.firstGeneration, run.lastGeneration);
  const title =
    count === 1
      ? `${firstLog.file} — ${LOG_STATUS_LABELS[firstLog.status]} — ${gens}`
      : `${firstLog.file} … ${lastLog.file} — ${countText(count)} logs, ${LOG_RUN_NOTES[firstLog.status]} — ${gens}`;
  return { first: run.firstGeneration, last: run.lastGeneration, count, status: firstLog.status, mixed: false, title };
}

/** Merges neighbouring runs until at most MAX_BANDS remain; each keeps its worst status. */
function coarsen(folded: readonly LogRun<StreamLog>[]): TimelineRun[] {
  const runs = folded.map(describeRun);
  if (runs.length <= MAX_BANDS) return runs;
  const perBand = Math.ceil(runs.length / MAX_BANDS);
  const merged: TimelineRun[] = [];
  for (let i = 0; i < runs.length; i += perBand) {
    const group = runs.slice(i, i + perBand);
    const counts = new Map<LogStatus, number>();
    for (const run of group) counts.set(run.status, (counts.get(run.status) ?? 0) + run.count);
    const worst = LOG_STATUS_SEVERITY.find((s) => counts.has(s)) ?? group[0]!.status;
    const first = group[0]!.first;
    const last = group[group.length - 1]!.last;
    const what = LOG_STATUS_SEVERITY.filter((s) => counts.has(s))
      .map((s) => `${countText(counts.get(s)!)} ${LOG_STATUS_LABELS[s]}`)
      .join(', ');
    merged.push({
      first,
      last,
      count: group.reduce((n, run) => n + run.count, 0),
      status: worst,
      mixed: counts.size > 1,
      title: `${generationRangeText(first, last)} — ${what}`,
    });
  }
  return merged;
}

/** Width of a band in units: one per log, growing with the logarithm for long runs. */
function bandUnits(count: number): number {
  return count <= 2 ? count : Math.min(count, 2 + Math.log2(count));
}

/** x of a generation: proportional inside its band; clamped to the bar's ends outside it. */
function positionOf(layouts: readonly BandLayout[], generation: number): number {
  if (layouts.length === 0) return MARGIN;
  let lo = 0;
  let hi = layouts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layouts[mid]!.first <= generation) lo = mid;
    else hi = mid - 1;
  }
  const band = layouts[lo]!;
  if (generation < band.first) return band.x;
  if (generation > band.last) return band.x + band.width;
  const count = band.last - band.first + 1;
  return band.x + ((generation - band.first + 0.5) / count) * band.width;
}

/** Label lanes: each lane holds the intervals its labels and crossing marker lines cover. */
class LaneSet {
  private readonly lanes: [number, number][][] = [];

  get count(): number {
    return this.lanes.length;
  }

  /**
   * Puts [left, right] in the lowest lane where it fits. When `lineX` is given, the marker's
   * line crosses every lane under the chosen one, so that point must be free there and is
   * reserved.
   */
  place(left: number, right: number, lineX: number | undefined): number {
    const gap = 6;
    const free = (lane: number, l: number, r: number): boolean =>
      (this.lanes[lane] ?? []).every(([a, b]) => r + gap <= a || l >= b + gap);
    // A new lane on top always has room for the label, so the search ends there at the latest.
    let lane = -1;
    for (let candidate = 0; candidate <= this.lanes.length && lane < 0; candidate++) {
      if (!free(candidate, left, right)) continue;
      let lineClear = true;
      if (lineX !== undefined) {
        for (let below = 0; below < candidate; below++) {
          if (!free(below, lineX - 1, lineX + 1)) lineClear = false;
        }
      }
      if (lineClear) lane = candidate;
    }
    // No lane keeps the line clear (a label to its left covers it low down): take the lowest
    // lane with room for the label; the line then crosses that label.
    if (lane < 0) {
      lane = 0;
      while (!free(lane, left, right)) lane++;
    }
    while (this.lanes.length <= lane) this.lanes.push([]);
    this.lanes[lane]!.push([left, right]);
    if (lineX !== undefined) {
      for (let below = 0; below < lane; below++) this.lanes[below]!.push([lineX - 1, lineX + 1]);
    }
    return lane;
  }
}
