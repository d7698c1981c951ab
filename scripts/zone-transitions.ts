/**
 * Looks at the one assumption the day counter makes about time zones (src/records/dates.ts): a
 * zone's offset never changes twice within an hour. It walks every zone this engine knows from
 * 1850 to 2100 a day at a time, finds each change of offset to the second by bisection, and prints
 * the closest two changes of any zone (and of each zone when `--all`). Two changes in one day
 * that end where the day began would escape the walk, and they are the only kind that would fool
 * the counter (it compares the offsets at the two ends of an hour): so the walk supports the
 * assumption, by showing how far apart every other pair of changes is, rather than proving it.
 *
 *   npx tsx scripts/zone-transitions.ts [--all]
 */
const DAY = 86_400_000;
const zones = Intl.supportedValuesOf('timeZone');
const all = process.argv.includes('--all');

function offsetReader(zone: string): (t: number) => number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  return (t) => {
    const m = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(f.format(t));
    if (m === null) throw new Error(`unread offset ${f.format(t)}`);
    if (m[1] === undefined) return 0;
    return (m[1] === '-' ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0));
  };
}

/** The first second in (a, b] whose offset differs from a's (the offsets at a and b differ). */
function firstChange(at: (t: number) => number, a: number, b: number): number {
  const o = at(a);
  while (b - a > 1000) {
    const mid = a + Math.floor((b - a) / 2000) * 1000;
    if (at(mid) === o) a = mid;
    else b = mid;
  }
  return b;
}

let closest = { zone: '', gap: Infinity, at: 0 };
const start = Date.UTC(1850, 0, 1);
const end = Date.UTC(2100, 0, 1);
for (const zone of zones) {
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
  let zoneGap = Infinity;
  let zoneAt = 0;
  for (let i = 1; i < changes.length; i++) {
    const gap = changes[i]! - changes[i - 1]!;
    if (gap < zoneGap) [zoneGap, zoneAt] = [gap, changes[i - 1]!];
  }
  if (all && zoneGap < Infinity) console.log(`${zone}: ${changes.length} changes, closest ${(zoneGap / 3_600_000).toFixed(2)} h apart from ${new Date(zoneAt).toISOString()}`);
  if (zoneGap < closest.gap) closest = { zone, gap: zoneGap, at: zoneAt };
}
console.log(`${zones.length} zones, 1850–2100: the closest two changes of offset are ${(closest.gap / 3_600_000).toFixed(2)} hours apart (${closest.zone}, from ${new Date(closest.at).toISOString()})`);
