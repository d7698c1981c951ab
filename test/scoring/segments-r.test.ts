import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS, rfmSegment, type SegmentMap } from '../../src/index.js';

// RFM_SEGMENTS against the R package rfm: the same bounds (rfm_segment's example), another order.
// docs/scoring.md lists every combination where the two differ; this holds the list to the code.

const R_ORDER: [string, number, number, number, number][] = [
  ['champions', 4, 5, 4, 5],
  ['loyal_customers', 2, 5, 3, 5],
  ['potential_loyalists', 3, 5, 1, 3],
  ['new_customers', 4, 5, 1, 1],
  ['promising', 3, 4, 1, 1],
  ['need_attention', 2, 3, 2, 3],
  ['about_to_sleep', 2, 3, 1, 2],
  ['at_risk', 1, 2, 2, 5],
  ['cant_lose_them', 1, 1, 4, 5],
  ['lost', 1, 2, 1, 2],
];
const R_RFM: SegmentMap = {
  scale: 5,
  segments: RFM_SEGMENTS.segments.filter((s) => s.id !== 'hibernating'),
  rules: R_ORDER.map(([segment, r0, r1, lo, hi]) => ({ segment, r: [r0, r1], f: [lo, hi], m: [lo, hi] })),
};

describe('RFM_SEGMENTS against R’s rfm_segment', () => {
  const differ = new Map<string, string[]>();
  let others = 0;
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      for (let m = 1; m <= 5; m++) {
        const theirs = rfmSegment({ r, f, m }, { segmentMap: R_RFM })?.id;
        const ours = rfmSegment({ r, f, m })?.id;
        if (theirs === undefined) others++;
        else if (theirs !== ours) differ.set(`${theirs} → ${ours}`, [...(differ.get(`${theirs} → ${ours}`) ?? []), `${r}${f}${m}`]);
      }
    }
  }

  it('R leaves 36 combinations as "Others" and never gives new customers, promising or can’t lose them', () => {
    expect(others).toBe(36);
    const given = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) given.add(rfmSegment({ r, f, m }, { segmentMap: R_RFM })?.id ?? 'others');
    for (const id of ['new_customers', 'promising', 'cant_lose_them']) expect(given.has(id)).toBe(false);
  });

  it('of the 89 it names, exactly the 29 of docs/scoring.md get another segment here', () => {
    expect(Object.fromEntries(differ)).toEqual({
      'loyal_customers → at_risk': ['233', '234', '235', '243', '244', '245', '253', '254', '255'],
      'loyal_customers → need_attention': ['333'],
      'at_risk → cant_lose_them': ['144', '145', '154', '155'],
      'at_risk → lost': ['122'],
      'about_to_sleep → hibernating': ['211', '212', '221'],
      'need_attention → hibernating': ['222'],
      'need_attention → at_risk': ['223', '232'],
      'potential_loyalists → new_customers': ['411', '511'],
      'potential_loyalists → promising': ['311'],
      'potential_loyalists → about_to_sleep': ['312', '321', '322'],
      'potential_loyalists → need_attention': ['323', '332'],
    });
    expect([...differ.values()].flat()).toHaveLength(29);
  });
});
