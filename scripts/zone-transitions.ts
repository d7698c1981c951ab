/**
 * Checks the one assumption the day counter makes about time zones (src/records/dates.ts): a
 * zone's offset never changes twice within its span (48 hours), so a span whose two ends read the
 * same offset keeps it throughout.
 *
 * It reads every zone's compiled tzdata (the TZif files under /usr/share/zoneinfo, or `--dir`):
 * each change of UT offset of the explicit transitions (a change of name or DST flag alone is
 * none), and prints the POSIX rules after the last ones to read (each keeps daylight saving for
 * months). Where the system built tzdata with the backzone (Debian does), its files hold every
 * zone's history and more than the engine's ICU data, which leaves the backzone out: a bound that
 * holds for them holds for the engine's zones of the same release. Then it walks the engine's own
 * zones (`Intl`) from 1850 to 2100 a day at a time, bisecting each change to the second (two
 * changes within one day would escape that walk, not the TZif reading). It prints the closest two
 * changes of any zone in each (and of each zone with `--all`) and fails when either is within the
 * span. Both read the data of this machine: a host's Node or browser ships its own.
 *
 *   npx tsx scripts/zone-transitions.ts [--all] [--dir /usr/share/zoneinfo] [--no-engine]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UNITS } from '../src/records/dates.js';

const HOUR_S = 3600;
const HOUR_MS = HOUR_S * 1000;
const SPAN_HOURS = UNITS[0]! / HOUR_MS;

/** The two changes closest to each other in a sorted list of instants (any unit): their gap and the first. */
function closestPair(changes: readonly number[]): { gap: number; at: number } {
  let gap = Infinity;
  let at = 0;
  for (let i = 1; i < changes.length; i++) if (changes[i]! - changes[i - 1]! < gap) [gap, at] = [changes[i]! - changes[i - 1]!, changes[i - 1]!];
  return { gap, at };
}
const DAY = 86_400_000;
const argv = process.argv.slice(2);
const all = argv.includes('--all');
const dirAt = argv.indexOf('--dir');
const dir = dirAt === -1 ? '/usr/share/zoneinfo' : argv[dirAt + 1]!;

interface Closest {
  zone: string;
  gap: number;
  at: number;
}

/** The instants (seconds) at which a TZif file's UT offset changes, and its POSIX rule. */
function tzifChanges(buf: Buffer): { changes: number[]; footer: string } | undefined {
  if (buf.toString('latin1', 0, 4) !== 'TZif') return undefined;
  const counts = (at: number): number[] => [0, 1, 2, 3, 4, 5].map((i) => buf.readUInt32BE(at + 20 + 4 * i));
  let [isut, isstd, leap, time, type, chars] = counts(0) as [number, number, number, number, number, number];
  let at = 44;
  let size = 4;
  // Version 2 and later repeat the data with 64-bit times after the first block: read those.
  if (buf[4]! >= 0x32) {
    at += time * 5 + type * 6 + chars + leap * 8 + isstd + isut;
    [isut, isstd, leap, time, type, chars] = counts(at) as [number, number, number, number, number, number];
    at += 44;
    size = 8;
  }
  const times = Array.from({ length: time }, (_, i) => (size === 8 ? Number(buf.readBigInt64BE(at + 8 * i)) : buf.readInt32BE(at + 4 * i)));
  at += time * size;
  const kinds = Array.from({ length: time }, (_, i) => buf[at + i]!);
  at += time;
  const offsets = Array.from({ length: type }, (_, i) => buf.readInt32BE(at + 6 * i));
  at += type * 6 + chars + leap * (size + 4) + isstd + isut;
  const changes: number[] = [];
  let previous = offsets[0];
  times.forEach((t, i) => {
    const offset = offsets[kinds[i]!];
    if (offset !== previous) changes.push(t);
    previous = offset;
  });
  return { changes, footer: buf.toString('latin1', at).trim() };
}

const files: string[] = [];
const walk = (path: string, name: string): void => {
  for (const entry of readdirSync(path)) {
    // posix/ and right/ repeat the zones (right/ with leap seconds).
    if (name === '' && (entry === 'posix' || entry === 'right')) continue;
    const full = join(path, entry);
    if (statSync(full).isDirectory()) walk(full, `${name}${entry}/`);
    else files.push(`${name}${entry}`);
  }
};
if (existsSync(dir)) walk(dir, '');
else console.log(`no compiled tzdata at ${dir}: only the engine's zones are read`);

let closest: Closest = { zone: '', gap: Infinity, at: 0 };
const rules = new Set<string>();
let zones = 0;
for (const file of files) {
  const read = tzifChanges(readFileSync(join(dir, file)));
  if (read === undefined) continue;
  zones++;
  if (read.footer.includes(',')) rules.add(read.footer);
  const { gap: zoneGap, at: zoneAt } = closestPair(read.changes);
  if (all && zoneGap < Infinity) console.log(`${file}: ${read.changes.length} changes, closest ${(zoneGap / HOUR_S).toFixed(2)} h apart from ${new Date(zoneAt * 1000).toISOString()}`);
  if (zoneGap < closest.gap) closest = { zone: file, gap: zoneGap, at: zoneAt };
}
const version = /^# version (\S+)/m.exec(existsSync(join(dir, 'tzdata.zi')) ? readFileSync(join(dir, 'tzdata.zi'), 'utf8') : '')?.[1] ?? 'unknown';
if (zones > 0) console.log(`tzdata ${version} (${dir}): ${zones} zone names; the closest two changes of offset are ${(closest.gap / HOUR_S).toFixed(2)} hours apart (${closest.zone}, from ${new Date(closest.at * 1000).toISOString()})`);
// The rules after the last transition move clocks twice a year: print them to read (each keeps DST for months).
console.log(`rules after the last transitions: ${[...rules].join('  ')}`);
if (zones > 0 && !(closest.gap > SPAN_HOURS * HOUR_S)) {
  console.error(`FAIL: two changes within ${SPAN_HOURS} hours: the day counter's span must be shorter`);
  process.exitCode = 1;
}

if (!argv.includes('--no-engine')) {
  const offsetReader = (zone: string): ((t: number) => number) => {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    return (t) => {
      const m = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(f.format(t));
      if (m === null) throw new Error(`unread offset ${f.format(t)}`);
      if (m[1] === undefined) return 0;
      return (m[1] === '-' ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0));
    };
  };
  /** The first second in (a, b] whose offset differs from a's (the offsets at a and b differ). */
  const firstChange = (at: (t: number) => number, a: number, b: number): number => {
    const o = at(a);
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      if (at(mid) === o) a = mid;
      else b = mid;
    }
    return b;
  };
  let engine: Closest = { zone: '', gap: Infinity, at: 0 };
  const engineZones = Intl.supportedValuesOf('timeZone');
  const start = Date.UTC(1850, 0, 1);
  const end = Date.UTC(2100, 0, 1);
  for (const zone of engineZones) {
    const at = offsetReader(zone);
    const changes: number[] = [];
    let previous = at(start);
    for (let t = start + DAY; t <= end; t += DAY) {
      const o = at(t);
      if (o === previous) continue;
      // Every change within (t − DAY, t]: bisect to the first, then go on from it.
      let from = t - DAY;
      while (at(from) !== o) {
        const c = firstChange(at, from, t);
        changes.push(c);
        from = c;
      }
      previous = o;
    }
    const pair = closestPair(changes);
    if (all && pair.gap < Infinity) console.log(`${zone} (engine): ${changes.length} changes, closest ${(pair.gap / HOUR_MS).toFixed(2)} h apart from ${new Date(pair.at).toISOString()}`);
    if (pair.gap < engine.gap) engine = { zone, ...pair };
  }
  console.log(`the engine's tzdata ${process.versions.tz ?? ''} (Intl, ${engineZones.length} zones, 1850–2100, by day): the closest two changes are ${(engine.gap / HOUR_MS).toFixed(2)} hours apart (${engine.zone}, from ${new Date(engine.at).toISOString()})`);
  if (!(engine.gap > SPAN_HOURS * HOUR_MS)) {
    console.error(`FAIL: the engine has two changes within ${SPAN_HOURS} hours: the day counter's span must be shorter`);
    process.exitCode = 1;
  }
}
