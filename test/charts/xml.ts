/**
 * A tiny, strict checker for the SVG the charts write (no DOMParser in Node): tags balance, attribute
 * values are quoted and free of `<` and bare `&`, text holds no `<` and no bare `&`, no character
 * XML forbids. Plus helpers to count and read elements.
 */

const TOKEN = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"]*")*)\s*(\/?)>/g;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Problems found; empty when the document is well-formed with one root element. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (FORBIDDEN.test(xml)) problems.push('a character XML forbids');
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    const between = xml.slice(last, m.index);
    if (between.includes('<') || between.includes('>')) problems.push(`stray markup before offset ${m.index}: ${JSON.stringify(between.slice(0, 40))}`);
    if (ENTITY.test(between)) problems.push(`bare & in text before offset ${m.index}`);
    if (stack.length === 0 && between.trim() !== '') problems.push('text outside the root element');
    last = m.index + m[0].length;
    const [, closing, name, attributes, selfClosing] = m;
    for (const a of (attributes ?? '').matchAll(/="([^"]*)"/g)) {
      if ((a[1] ?? '').includes('<') || ENTITY.test(a[1] ?? '')) problems.push(`attribute of <${name}> not escaped: ${a[1]}`);
    }
    const names = [...(attributes ?? '').matchAll(/([\w:.-]+)="[^"]*"/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}>`);
    if (closing) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}> at ${m.index}`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
  }
  const tail = xml.slice(last);
  if (tail.trim() !== '') problems.push(`trailing content: ${JSON.stringify(tail.slice(0, 40))}`);
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Number of elements with a tag and, optionally, a class. */
export function count(xml: string, tag: string, cls?: string): number {
  const re = cls === undefined ? new RegExp(`<${tag}[\\s>/]`, 'g') : new RegExp(`<${tag}\\s[^>]*class="${cls}"`, 'g');
  return (xml.match(re) ?? []).length;
}

/** The attributes of every element with a tag and class, as records. */
export function elements(xml: string, tag: string, cls?: string): Record<string, string>[] {
  const re = new RegExp(`<${tag}((?:\\s+[\\w:.-]+="[^"]*")*)\\s*/?>`, 'g');
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(re)) {
    const attributes = Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    if (cls === undefined || attributes['class'] === cls) out.push(attributes);
  }
  return out;
}

/** The text content of every `<text>` element, unescaped. */
export function texts(xml: string): string[] {
  return [...xml.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
}

/** Points of an SVG path made of M/L commands. */
export function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
