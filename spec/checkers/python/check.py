#!/usr/bin/env python3
"""A reference checker of the crm-taxonomy spec, in Python's standard library only.

It reads the spec's JSON documents (the rules as data) and runs the conformance vectors against
its own implementation of each decision: the lifecycle machines (`can`), Kotler's table and the
B2B fit test, the RFM segment lookup, the eight classes, the ABC classes and the RFM scores under
each binning method (quantile, ntile, thresholds) from transactions. It imports nothing from the
TypeScript library: if it passes, another language implemented the same rules from the JSON alone.
(The pool and classification vectors have no Python implementation yet.)

    python3 spec/checkers/python/check.py [path/to/spec]

Exit status 0 when every vector passes; otherwise the failures are listed.
"""
import datetime
import json
import math
import os
import sys

SPEC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..')


def load(name):
    with open(os.path.join(SPEC, name), encoding='utf-8') as f:
        return json.load(f)


# ---------------------------------------------------------------- lifecycle: guards as data

def is_count(value):
    """A finite number >= 0 (JSON booleans are not numbers)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


def threshold(than, policy):
    if isinstance(than, dict):
        value = policy.get(than['policy'])
        return value if is_count(value) else math.nan
    return than


def distinct_count(value, among):
    if not isinstance(value, list):
        return 0
    return len({v for v in value if isinstance(v, str) and v in among})


def holds(rule, facts, policy):
    if 'all' in rule:
        return all(holds(r, facts, policy) for r in rule['all'])
    if 'any' in rule:
        return any(holds(r, facts, policy) for r in rule['any'])
    value = facts.get(rule['fact'])
    if 'equals' in rule:
        return type(value) is type(rule['equals']) and value == rule['equals']
    if 'text' in rule:
        return isinstance(value, str) and value.strip() != ''
    if 'distinct' in rule:
        return distinct_count(value, rule['distinct']) >= threshold(rule['atLeast'], policy)
    if not is_count(value):
        return False
    t = threshold(rule['than'], policy)
    return {'>': value > t, '>=': value >= t, '<': value < t, '<=': value <= t}[rule['op']]


def usable(rule, value):
    if 'equals' in rule:
        return isinstance(value, bool) if isinstance(rule['equals'], bool) else isinstance(value, str)
    if 'text' in rule:
        return isinstance(value, str)
    if 'distinct' in rule:
        return isinstance(value, list)
    return is_count(value)


def unique(items):
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def missing_facts(rule, facts, policy):
    if 'all' in rule:
        parts = [missing_facts(r, facts, policy) for r in rule['all']]
        if any(not part and not holds(r, facts, policy) for r, part in zip(rule['all'], parts)):
            return []
        return unique([f for part in parts for f in part])
    if 'any' in rule:
        parts = [missing_facts(r, facts, policy) for r in rule['any']]
        return unique([f for part in parts for f in part]) if all(parts) else []
    return [] if usable(rule, facts.get(rule['fact'])) else [rule['fact']]


class Machine:
    def __init__(self, document):
        self.id = document['id']
        self.states = [s['id'] for s in document['states']]
        self.events = [e['id'] for e in document['events']]
        self.edges = []  # (event, from, to, guards), in the order of the document
        for event in document['events']:
            for group in event['edges']:
                for source in group['from']:
                    self.edges.append((event['id'], source, group['to'], group['guards']))
        self.guards = {g['id']: g for g in document['guards']}
        self.forbidden = document['forbidden']

    def check_guards(self, edge, facts, policy):
        event, source, target, guards = edge
        for guard_id in guards:
            guard = self.guards[guard_id]
            if holds(guard['rule'], facts, policy):
                continue
            refusal = {'ok': False, 'code': 'guard_failed', 'guard': guard_id}
            missing = [] if guard.get('namesMissing') is False else missing_facts(guard['rule'], facts, policy)
            refusal['detail'] = 'missing' if missing else 'refusal'
            if missing:
                refusal['missing'] = missing
            return refusal
        return None

    def can(self, source, move, facts, policy):
        """The decision procedure of docs/spec.md, in its order."""
        by_target = isinstance(move, dict)
        if not (isinstance(source, str) and source in self.states):
            return {'ok': False, 'code': 'unknown_state'}
        outgoing = [e for e in self.edges if e[1] == source]
        if by_target:
            target = move.get('to')
            if not (isinstance(target, str) and target in self.states):
                return {'ok': False, 'code': 'unknown_state'}
            candidates = [e for e in outgoing if e[2] == target]
            if not candidates:
                forbidden = any(f['from'] == source and f['to'] == target for f in self.forbidden)
                return {'ok': False, 'code': 'edge_forbidden' if forbidden else 'edge_not_allowed'}
            first = None
            for edge in candidates:
                refusal = self.check_guards(edge, facts, policy)
                if refusal is None:
                    return {'ok': True, 'to': edge[2], 'event': edge[0]}
                first = first or refusal
            return first
        if not isinstance(move, str):
            return {'ok': False, 'code': 'no_such_event'}
        edge = next((e for e in outgoing if e[0] == move), None)
        if edge is None:
            if any(f['from'] == source and f['event'] == move for f in self.forbidden):
                return {'ok': False, 'code': 'edge_forbidden'}
            if move not in self.events:
                return {'ok': False, 'code': 'no_such_event'}
            return {'ok': False, 'code': 'edge_not_allowed'}
        return self.check_guards(edge, facts, policy) or {'ok': True, 'to': edge[2], 'event': edge[0]}


def check_lifecycle(failures):
    document = load('lifecycle.json')
    machines = {m['id']: Machine(m) for m in document['machines']}
    defaults = document['policy']['defaults']
    vectors = load('conformance/lifecycle.json')
    count = 0
    for block in vectors['machines']:
        machine = machines[block['machine']]
        for case in block['cases']:
            policy = dict(defaults, **case.get('policy', {}))
            got = machine.can(case['from'], case['move'], case.get('facts', {}), policy)
            count += 1
            if got != case['expect']:
                failures.append(f"lifecycle {block['machine']}: {case['name']}: expected {case['expect']}, got {got}")
    return count


# ---------------------------------------------------------------- relationship: Kotler and B2B

def kotler(document, customers, margin, overrides):
    cuts = dict(document['cutPoints'], **overrides)
    band = 'many' if customers >= cuts['manyCustomersFrom'] else 'few' if customers < cuts['fewCustomersBelow'] else 'medium'
    margin_band = 'high' if margin >= cuts['highMarginFrom'] else 'low' if margin < cuts['lowMarginBelow'] else 'medium'
    cell = next(c for c in document['table'] if c['customers'] == band and c['margin'] == margin_band)
    return {'level': cell['level'], 'alternative': cell['alternative'], 'customers': band, 'margin': margin_band}


def b2b(document, facts):
    unmet = [c for c in document['conditions'] if not facts[c]]
    values = dict(facts, allConditions=not unmet)
    rule = next(r for r in document['rules'] if all(values.get(k, False) == v for k, v in r['when'].items()))
    cost, expected = facts.get('relationshipCost'), facts.get('expectedReturn')
    luxury = cost is not None and expected is not None and cost > expected
    return {'type': rule['type'], 'fitsAbovePreferredSupplier': not unmet, 'luxury': luxury, 'unmet': unmet}


def check_relationship(failures):
    document = load('relationship.json')
    vectors = load('conformance/relationship.json')
    for case in vectors['kotler']:
        got = kotler(document['kotler'], case['input']['customers'], case['input']['unitMargin'], case.get('cutPoints', {}))
        if got != case['expect']:
            failures.append(f"kotler {case['input']} {case.get('cutPoints', {})}: expected {case['expect']}, got {got}")
    for case in vectors['b2b']:
        got = b2b(document['b2b'], case['facts'])
        if got != case['expect']:
            failures.append(f"b2b {case['facts']}: expected {case['expect']}, got {got}")
    return len(vectors['kotler']) + len(vectors['b2b'])


# ---------------------------------------------------------------- scoring: segments, eight classes, ABC, RFM

def segment(map_, scores):
    """The first rule whose inclusive ranges hold r, f and m; None when no rule does."""
    for rule in map_['rules']:
        if all(rule[k][0] <= scores[k] <= rule[k][1] for k in ('r', 'f', 'm')):
            return rule['segment']
    return None


def eight_class(classes, metrics, centers):
    high = {'r': metrics['recencyDays'] < centers['recency'], 'f': metrics['frequency'] > centers['frequency'], 'm': metrics['monetary'] > centers['monetary']}
    return next(c['id'] for c in classes if c['high'] == high)


def id_key(customer_id):
    """Customer id order: numbers numerically before strings, strings by UTF-16 code units."""
    if isinstance(customer_id, str):
        return (1, 0, customer_id.encode('utf-16-be'))
    return (0, customer_id, b'')


def abc(document, values, options):
    by = options.get('by', document['defaults']['by'])
    cuts = options.get('cuts') or document['defaults']['cuts'][by]
    max_a = options.get('maxA')
    max_a = math.inf if max_a is None else max_a
    ranked = sorted(values, key=lambda v: (-v['value'], id_key(v['customerId'])))
    n = len(ranked)
    total = math.fsum(v['value'] for v in ranked if v['value'] > 0)
    customers, counts, before, a_open = [], {'a': 0, 'b': 0, 'c': 0}, [], True
    start = 0
    while start < n:
        value = ranked[start]['value']
        end = start
        while end < n and ranked[end]['value'] == value:
            end += 1
        cls = 'c'
        if value > 0:
            measure = math.fsum(before) / total if by == 'value' else start / n
            if a_open and measure < cuts[0] and counts['a'] + (end - start) <= max_a:
                cls = 'a'
            else:
                a_open = False
                if measure < cuts[1]:
                    cls = 'b'
        for item in ranked[start:end]:
            if value > 0:
                before.append(value)
            counts[cls] += 1
            customers.append({
                'customerId': item['customerId'], 'rank': start + 1, 'abcClass': cls,
                'valueTier': document['valueTier'][cls], 'negative': value < 0,
                'share': value / total if total > 0 and value > 0 else 0,
                'cumulativeShare': min(1, math.fsum(before) / total) if total > 0 else 0,
            })
        start = end
    return {'customers': customers, 'counts': counts, 'totalPositiveValue': total if total > 0 else 0}


def day_of(text):
    return datetime.date.fromisoformat(text[:10]).toordinal()


def rfm_metrics(transactions, as_of, policy):
    """Each customer's recencyDays, frequency and monetary (docs/scoring.md), in id order."""
    kept = {}
    for t in transactions:
        day, amount = day_of(t['at']), t['amount']
        if day > as_of and policy['futureTransactions'] == 'ignore':
            continue
        if (amount == 0 and policy['zeroAmounts'] == 'ignore') or (amount < 0 and policy['refunds'] == 'ignore'):
            continue
        kept.setdefault(t['customerId'], []).append((day, amount))
    out = []
    for customer_id in sorted(kept, key=id_key):
        rows = kept[customer_id]
        purchase_days = [d for d, a in rows if a >= 0]
        last = max(purchase_days) if purchase_days else max(d for d, _ in rows)
        frequency = len(set(purchase_days)) if policy['sameDay'] == 'once' else len(purchase_days)
        monetary = math.fsum(a for _, a in rows)
        if policy['monetary'] == 'mean':
            monetary /= max(frequency, 1)
        out.append({'customerId': customer_id, 'recencyDays': max(0, as_of - last), 'frequency': frequency, 'monetary': monetary})
    return out


def ntile_bucket(p, total, n):
    q, r = divmod(total, n)
    big = r * (q + 1)
    return p // (q + 1) + 1 if p < big else r + (p - big) // q + 1


def bin_metric(goodness, ids, n, method, fixed):
    """Scores 1..n of goodness values (higher is better), the thresholds (as goodness) and counts."""
    total = len(goodness)
    worst_first = sorted(goodness)
    if method == 'thresholds':
        thresholds = fixed
    elif method == 'quantile':
        thresholds = [worst_first[-(-k * total // n) - 1] for k in range(1, n)]
    else:
        q, r = divmod(total, n)
        thresholds = [worst_first[min(total - 1, (k * (q + 1) if k <= r else r * (q + 1) + (k - r) * q) - 1)] for k in range(1, n)]
    if method == 'ntile':
        order = sorted(range(total), key=lambda i: (goodness[i], id_key(ids[i])))
        scores = [0] * total
        for p, i in enumerate(order):
            scores[i] = ntile_bucket(p, total, n)
    else:
        scores = [1 + sum(1 for t in thresholds if g > t) for g in goodness]
    counts = [scores.count(s) for s in range(1, n + 1)]
    return scores, thresholds, counts


def median(values):
    s, h = sorted(values), len(values) // 2
    return s[h] if len(s) % 2 else (s[h - 1] + s[h]) / 2


def rfm(document, transactions, options):
    policy = dict(document['policy']['defaults'], **options.get('policy', {}))
    n = options.get('scores', document['scoring']['defaults']['scores'])
    method = options.get('method', document['scoring']['defaults']['method'])
    fixed = options.get('thresholds', {})
    customers = rfm_metrics(transactions, day_of(options['asOf']), policy)
    ids = [c['customerId'] for c in customers]
    expect = {'customers': [dict(c) for c in customers]}
    for key, metric, sign in (('r', 'recency', -1), ('f', 'frequency', 1), ('m', 'monetary', 1)):
        raw = [c['recencyDays' if metric == 'recency' else metric] for c in customers]
        given = [sign * t for t in fixed[metric]] if method == 'thresholds' else None
        scores, thresholds, counts = bin_metric([sign * v for v in raw], ids, n, method, given)
        for c, s in zip(expect['customers'], scores):
            c[key] = s
        expect[metric] = {'thresholds': [sign * t for t in thresholds], 'counts': counts}
        expect.setdefault('mean', {})[metric] = math.fsum(raw) / len(raw) if raw else 0
        expect.setdefault('median', {})[metric] = median(raw) if raw else 0
    return expect


def check_scoring(failures):
    document = load('scoring.json')
    vectors = load('conformance/scoring.json')
    count = 0
    for name, map_, cases in (('segment', document['segments']['map'], vectors['segments']), ('host map segment', vectors['hostMapSegments']['map'], vectors['hostMapSegments']['cases'])):
        for case in cases:
            got = segment(map_, case['scores'])
            count += 1
            if got != case['expect']:
                failures.append(f"{name} {case['scores']}: expected {case['expect']}, got {got}")
    for case in vectors['eightClass']:
        got = eight_class(document['eightClass']['classes'], case['metrics'], case['centers'])
        count += 1
        if got != case['expect']:
            failures.append(f"eight class {case['metrics']} {case['centers']}: expected {case['expect']}, got {got}")
    for case in vectors['abc']:
        got = abc(document['abc'], case['values'], case.get('options', {}))
        count += 1
        if got != case['expect']:
            failures.append(f"abc {case['name']}: expected {case['expect']}, got {got}")
    for case in vectors['rfm']:
        got = rfm(document['rfm'], case['transactions'], case['options'])
        count += 1
        if got != case['expect']:
            failures.append(f"rfm {case['name']}: expected {case['expect']}, got {got}")
    return count


CHECKS = [('lifecycle machines (can)', check_lifecycle), ('relationship (Kotler, B2B)', check_relationship), ('scoring (rfmSegment, eightClass, ABC, fitRfm)', check_scoring)]


def main():
    failures = []
    for name, check in CHECKS:
        count = check(failures)
        print(f'{name}: {count} vectors')
    for failure in failures[:50]:
        print('FAIL', failure)
    if failures:
        print(f'{len(failures)} of the vectors failed')
        return 1
    print('every vector passes')
    return 0


if __name__ == '__main__':
    sys.exit(main())
