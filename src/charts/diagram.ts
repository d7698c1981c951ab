import { CrmTaxonomyError, inputError, isRecord, optionsRecord, type ErrorPath } from '../errors/index.js';
import { resolveLocale, type TextInput } from '../i18n/index.js';
import { CHART_KEYS, records, attrs, escapeXml, fitText, MAX_SIZE, maxOf, num, size, svgDocument, text, textWidth, type ChartOptions } from './svg.js';
import { readColors, type ColorInput } from './palette.js';
import { chartText, optionsContext } from './texts.js';

/** A machine as plain data for {@link stateDiagram}: states and edges, labelled with strings or texts by locale (`stateDiagramFromMachine` makes one). */
export interface StateDiagramInput {
  readonly states: readonly { readonly id: string; readonly label?: string | TextInput }[];
  readonly edges: readonly { readonly from: string; readonly to: string; readonly label?: string | TextInput }[];
}

/** Options of {@link stateDiagram}: sizes, locale, texts, and border colours of states by id. */
export interface StateDiagramOptions extends ChartOptions {
  /** Border colours of states by id (a `Map` or a record). */
  readonly colors?: ColorInput;
}

function labelOf(label: string | TextInput | undefined, fallback: string, tag: unknown, path: ErrorPath): string {
  if (label === undefined) return fallback;
  if (typeof label === 'string') return label;
  if (!isRecord(label)) throw inputError('invalid_argument', path, 'text', label);
  // The label's own locales are what it offers: the requested tag negotiates among them.
  const text = label[resolveLocale(tag, Object.keys(label))];
  if (typeof text === 'string') return text;
  return typeof label.en === 'string' ? label.en : fallback;
}

/** A default size (the diagram's natural one) within the bound of a given one: `input_too_large` at `path` past it, unless a size is given. */
function naturalSize(natural: number, given: unknown, key: 'width' | 'height', path: ErrorPath): number {
  if (given === undefined && natural > MAX_SIZE) {
    throw new CrmTaxonomyError('input_too_large', { what: `options.${key}`, limit: MAX_SIZE, received: Math.ceil(natural) }, { path });
  }
  return natural;
}

/**
 * A state diagram as SVG: states in a row in the order given, each transition an arrow, forward
 * ones (to a later state) arching above, backward ones (to an earlier state) below, a transition
 * to the same state as a loop. Edge labels sit at the top (or bottom) of their arc. State and
 * edge labels are the input's (a label by locale picks the options' locale among its own;
 * `stateDiagramFromMachine(machine, { texts })` writes them); `texts` serves the chart's own texts.
 * Throws `invalid_argument` at the edge's `from` or `to` (under `machine`) when it names a
 * state that is not listed. The default width and height are what the states, labels and arcs
 * need; when that passes 20,000 (the bound of a given `width` or `height`; past about 137 states
 * in a row) and no size is given, it throws `input_too_large` at `machine.states` (width) or
 * `machine.edges` (height) rather than draw a diagram past reading.
 *
 * @example
 * ```ts
 * import { stateDiagram } from 'crm-taxonomy/charts';
 *
 * const svg = stateDiagram({
 *   states: [{ id: 'potential', label: 'Potential' }, { id: 'current', label: 'Current' }, { id: 'lost', label: 'Lost' }],
 *   edges: [
 *     { from: 'potential', to: 'current', label: 'first purchase' },
 *     { from: 'current', to: 'lost', label: 'stops buying' },
 *     { from: 'lost', to: 'current', label: 'win-back' },
 *   ],
 * });
 * svg.match(/<rect class="state"/g)?.length; //=> 3
 * svg.match(/<path class="edge"/g)?.length; //=> 3
 * svg.includes('>win-back</text>'); //=> true
 * ```
 */
export function stateDiagram(machine: StateDiagramInput, input?: StateDiagramOptions): string {
  const options = optionsRecord(input, [...CHART_KEYS, 'colors']);
  if (typeof machine !== 'object' || machine === null || !Array.isArray(machine.states) || !Array.isArray(machine.edges)) {
    throw inputError('invalid_argument', ['machine'], 'object', machine);
  }
  const ctx = optionsContext(options);
  const colorOf = readColors(options.colors);
  const index = new Map<string, number>();
  // Each field read once: what is checked is what is drawn (a getter cannot answer twice).
  const states = records<StateDiagramInput['states'][number]>(machine.states, ['machine', 'states']).map((s, i) => {
    const id: unknown = s?.id;
    if (typeof id !== 'string') throw inputError('invalid_argument', ['machine', 'states', i, 'id'], 'string', id);
    if (index.has(id)) throw inputError('invalid_argument', ['machine', 'states', i, 'id'], 'unique', id);
    index.set(id, i);
    return { id, label: labelOf(s.label, id, options.locale, ['machine', 'states', i, 'label']) };
  });
  const edges = records<StateDiagramInput['edges'][number]>(machine.edges, ['machine', 'edges']).map((e, i) => {
    const ends = { from: e?.from as unknown, to: e?.to as unknown };
    for (const key of ['from', 'to'] as const) {
      if (typeof ends[key] !== 'string' || !index.has(ends[key] as string)) {
        throw inputError('invalid_argument', ['machine', 'edges', i, key], 'one_of', ends[key], { allowed: [...index.keys()] });
      }
    }
    return { from: index.get(ends.from as string)!, to: index.get(ends.to as string)!, label: labelOf(e.label, '', options.locale, ['machine', 'edges', i, 'label']) };
  });

  const fs = 13;
  const efs = 11;
  const nodeW = maxOf(states.map((s) => textWidth(s.label, fs) * 1.05 + 36), 90);
  const nodeH = 40;
  const edgeW = maxOf(edges.filter((e) => Math.abs(e.to - e.from) === 1).map((e) => textWidth(e.label, efs) + 16), 0);
  const margin = 16;
  const n = Math.max(1, states.length);
  const naturalStep = Math.max(nodeW + 56, edgeW + 12);
  const width = size(options.width, naturalSize(Math.max(200, margin * 2 + (n - 1) * naturalStep + nodeW), options.width, 'width', ['machine', 'states']), 'width', 100);
  const step = n > 1 ? Math.max(nodeW + 8, (width - margin * 2 - nodeW) / (n - 1)) : 0;
  const nodeWidth = Math.min(nodeW, Math.max(40, width - margin * 2));
  const labelRoom = (span: number): number => Math.max(30, span * step - 12);

  // Levels: arcs of the same direction and span stack when they repeat a pair.
  const levelGap = 40;
  const seen = new Map<string, number>();
  const placed = edges.map((e) => {
    const dir = e.to > e.from ? 'up' : e.to < e.from ? 'down' : 'loop';
    const key = `${dir}:${Math.min(e.from, e.to)}:${Math.max(e.from, e.to)}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return { ...e, dir, level: Math.abs(e.to - e.from) + repeat };
  });
  const maxUp = maxOf(placed.filter((e) => e.dir !== 'down').map((e) => (e.dir === 'loop' ? 1 : e.level)), 0);
  const maxDown = maxOf(placed.filter((e) => e.dir === 'down').map((e) => e.level), 0);
  const arcHeight = (level: number): number => 22 + level * levelGap;
  const nodeTop = margin + (maxUp > 0 ? arcHeight(maxUp) / 1 + 6 : 0);
  const naturalHeight = nodeTop + nodeH + (maxDown > 0 ? arcHeight(maxDown) + 10 : 0) + margin;
  const height = size(options.height, naturalSize(naturalHeight, options.height, 'height', ['machine', 'edges']), 'height', 40);
  const cx = (i: number): number => margin + nodeWidth / 2 + i * step;
  const midY = nodeTop + nodeH / 2;

  let body = `<g class="edges" fill="none">`;
  let labels = `<g class="edge-labels">`;
  for (const e of placed) {
    let d: string;
    let lx: number;
    let ly: number;
    let ex: number;
    let ey: number;
    let tx: number;
    let ty: number;
    if (e.dir === 'loop') {
      const x = cx(e.from);
      const sy = nodeTop;
      const h = arcHeight(1) * 0.8;
      d = `M${num(x - 12)} ${num(sy)}C${num(x - 30)} ${num(sy - h)} ${num(x + 30)} ${num(sy - h)} ${num(x + 12)} ${num(sy)}`;
      [ex, ey, tx, ty] = [x + 12, sy, x + 30, sy - h];
      [lx, ly] = [x, sy - h * 0.75 - 4];
    } else {
      const up = e.dir === 'up';
      const offset = Math.min(nodeWidth / 2 - 8, Math.min(nodeWidth * 0.22, 22) + (e.level - 1) * 12) * (up ? 1 : -1);
      const sx = cx(e.from) + offset;
      const ex0 = cx(e.to) - offset;
      const sy = up ? nodeTop : nodeTop + nodeH;
      const apex = up ? sy - arcHeight(e.level) : sy + arcHeight(e.level);
      const ctrlY = 2 * apex - sy;
      const mx = (sx + ex0) / 2;
      d = `M${num(sx)} ${num(sy)}Q${num(mx)} ${num(ctrlY)} ${num(ex0)} ${num(sy)}`;
      [ex, ey, tx, ty] = [ex0, sy, mx, ctrlY];
      [lx, ly] = [mx, up ? apex - 5 : apex + efs + 3];
    }
    const len = Math.hypot(ex - tx, ey - ty) || 1;
    const ux = (ex - tx) / len;
    const uy = (ey - ty) / len;
    const head = `M${num(ex)} ${num(ey)}L${num(ex - ux * 9 - uy * 4.5)} ${num(ey - uy * 9 + ux * 4.5)}L${num(ex - ux * 9 + uy * 4.5)} ${num(ey - uy * 9 - ux * 4.5)}Z`;
    const fromLabel = states[e.from]!.label;
    const toLabel = states[e.to]!.label;
    const color = e.dir === 'down' ? '#bf3989' : '#57606a';
    body += `<g${attrs({ class: 'edge-group', 'data-from': states[e.from]!.id, 'data-to': states[e.to]!.id })}><title>${escapeXml(chartText(ctx, e.label ? 'edgeTip' : 'edge', { from: fromLabel, to: toLabel, label: e.label }))}</title>`;
    body += `<path${attrs({ class: 'edge', d, stroke: color, 'stroke-width': 1.6 })}/>`;
    body += `<path${attrs({ class: 'arrowhead', d: head, fill: color })}/>`;
    if (e.label !== '') {
      const room = e.dir === 'loop' ? nodeWidth : labelRoom(Math.abs(e.to - e.from));
      const content = fitText(e.label, room, efs);
      const w = textWidth(content, efs) + 8;
      labels += `<rect${attrs({ class: 'edge-label-bg', x: lx - w / 2, y: ly - efs, width: w, height: efs + 5, rx: 3, fill: '#ffffff', 'fill-opacity': 0.92 })}/>`;
      labels += text(lx, ly, content, { 'text-anchor': 'middle', 'font-size': efs, fill: '#1b1f24' });
    }
    body += `</g>`;
  }
  body += `</g>${labels}</g><g class="states">`;
  states.forEach((s, i) => {
    const stroke = colorOf?.(s.id) ?? '#0969da';
    body += `<g${attrs({ class: 'state-group', 'data-state': s.id })}><title>${escapeXml(s.label)}</title>`;
    body += `<rect${attrs({ class: 'state', x: cx(i) - nodeWidth / 2, y: nodeTop, width: nodeWidth, height: nodeH, rx: 20, fill: '#ffffff', stroke, 'stroke-width': 2 })}/>`;
    body += text(cx(i), midY + fs * 0.36, fitText(s.label, nodeWidth - 16, fs), { 'text-anchor': 'middle', 'font-size': fs, 'font-weight': '600', fill: '#1b1f24' });
    body += `</g>`;
  });
  body += `</g>`;

  const title = options.title ?? chartText(ctx, 'diagramTitle');
  const list = placed.map((e) => chartText(ctx, e.label ? 'edgeItem' : 'edge', { from: states[e.from]!.label, to: states[e.to]!.label, label: e.label })).join(chartText(ctx, 'edgeSeparator'));
  const description = options.description ?? chartText(ctx, edges.length === 0 ? 'diagramDescNoEdges' : 'diagramDesc', { states: states.length, edges: edges.length, list });
  return svgDocument('state-diagram', width, height, title, description, body);
}
