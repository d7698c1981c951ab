#!/usr/bin/env python3
"""A reference checker of the crm-taxonomy spec, in Python's standard library only.

It reads the spec's JSON documents (the rules as data) and runs the conformance vectors against
its own implementation of each decision: the lifecycle machines (`can`), Kotler's table and the
B2B fit test, the RFM segment lookup, the eight classes, the ABC classes and the RFM scores under
each binning method (quantile, ntile, thresholds) from transactions, and the public pool's
`reclaimStatus` and `canClaim` (time zones through `zoneinfo`, so the system's tz database). It
imports nothing from the TypeScript library: if it passes, another language implemented the same
rules from the JSON alone. (The classification vectors have no Python implementation yet.)

    python3 spec/checkers/python/check.py [path/to/spec]

Exit status 0 when every vector passes; otherwise the failures are listed.
"""
import datetime
import json
import math
import os
import sys
import zoneinfo

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


# Blank as in docs/spec.md: ECMAScript's WhiteSpace and LineTerminator (what String.prototype.trim
# removes), not Python's str.isspace (which adds U+001C..U+001F and U+0085 and lacks U+FEFF).
BLANK = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'


def holds(rule, facts, policy):
    if 'all' in rule:
        return all(holds(r, facts, policy) for r in rule['all'])
    if 'any' in rule:
        return any(holds(r, facts, policy) for r in rule['any'])
    value = facts.get(rule['fact'])
    if 'equals' in rule:
        return type(value) is type(rule['equals']) and value == rule['equals']
    if 'text' in rule:
        return isinstance(value, str) and value.strip(BLANK) != ''
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


# ---------------------------------------------------------------- pool: reclaim and claim

DAY_MS = 86_400_000
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
EPOCH_DAY = datetime.date(1970, 1, 1).toordinal()
# The defaults of a rule's and a condition's own fields (policies.json's description).
RULE_DEFAULTS = {'exemptWithDeal': True, 'exemptWithOpportunity': False, 'onlyAfterPoolClaim': False}
CONDITION_DEFAULTS = {'older_than': {'unit': 'day'}, 'opportunity_stage': {'in': True}}


def iso_day(day):
    return datetime.date.fromordinal(day + EPOCH_DAY).isoformat()


def iso_instant(ms):
    t = EPOCH + datetime.timedelta(milliseconds=ms)
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{ms % 1000:03d}Z'


class Clock:
    """Periods on one scale: day numbers (calendar_days) or epoch milliseconds (elapsed_time)."""

    def __init__(self, policy):
        self.calendar = policy['counting'] == 'calendar_days'
        self.tz = datetime.timezone.utc if policy['timeZone'] == 'UTC' else zoneinfo.ZoneInfo(policy['timeZone'])

    def instant(self, text):
        if len(text) == 10:  # a date: its first instant in the zone
            d = datetime.date.fromisoformat(text)
            t = datetime.datetime(d.year, d.month, d.day, tzinfo=self.tz)
        else:
            t = datetime.datetime.fromisoformat(text.replace('Z', '+00:00'))
            t = t if t.tzinfo else t.replace(tzinfo=self.tz)
        delta = t - EPOCH
        return delta.days * DAY_MS + delta.seconds * 1000 + delta.microseconds // 1000

    def day(self, text):
        if len(text) == 10:
            return datetime.date.fromisoformat(text).toordinal() - EPOCH_DAY
        return self.day_of_instant(self.instant(text))

    def day_of_instant(self, ms):
        return (EPOCH + datetime.timedelta(milliseconds=ms)).astimezone(self.tz).date().toordinal() - EPOCH_DAY

    def point(self, text):
        return self.day(text) if self.calendar else self.instant(text)

    def day_of(self, point):
        return point if self.calendar else self.day_of_instant(point)

    def plus(self, point, amount, unit):
        if unit != 'month':
            return point + amount * (7 if unit == 'week' else 1) * (1 if self.calendar else DAY_MS)
        day = self.day_of(point)
        later, clamped = add_months(day, amount)
        if self.calendar:
            return later
        if clamped:  # the period lasts to the end of the shorter month
            return self.instant(iso_day(later + 1)) - 1
        return self.instant(iso_day(later)) + point - self.instant(iso_day(day))

    def days_until_past(self, now, limit):
        return max(0, limit + 1 - now) if self.calendar else max(0, -((now - limit) // DAY_MS))

    def due_day(self, limit, as_of_day):
        if not math.isfinite(limit):
            return iso_day(as_of_day)
        return iso_day(limit + 1 if self.calendar else self.day_of(limit + 1))


def add_months(day, months):
    d = datetime.date.fromordinal(day + EPOCH_DAY)
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    last = (datetime.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(year, month + 1, min(d.day, last)).toordinal() - EPOCH_DAY, d.day > last


def pool_policy(defaults, given):
    policy = dict(defaults, **given)
    for key in ('claim', 'quota'):
        policy[key] = dict(defaults[key], **given.get(key, {}))
    policy['rules'] = [dict(RULE_DEFAULTS, **{**r, 'conditions': [dict(CONDITION_DEFAULTS.get(c['kind'], {}), **c) for c in r['conditions']]}) for r in policy['rules']]
    return policy


def judge_condition(c, f, clock):
    """(limit, from, never) past which the condition holds, or the cause it does not apply."""
    def time_of(time):
        return {'created': f['created'], 'received': f['received'], 'followed_up': f['followUp']}.get(time, None if time != 'created_or_received' else min(f['created'], f['received']))
    kind = c['kind']
    if kind == 'no_followup':
        start = f['received'] if f['followUp'] is None else max(f['followUp'], f['received'])
        return clock.plus(start, c['days'], 'day'), start, False
    if kind in ('no_opportunity', 'no_deal'):
        flag = 'hasOpportunity' if kind == 'no_opportunity' else 'hasDeal'
        if f[flag]:
            return 'has_opportunity' if kind == 'no_opportunity' else 'has_deal'
        return clock.plus(f['received'], c['days'], 'day'), f['received'], False
    if kind == 'older_than':
        start = time_of(c['time'])
        return (-math.inf, None, True) if start is None else (clock.plus(start, c['amount'], c['unit']), start, False)
    if kind == 'between':
        lo, hi = clock.day(c['from']), clock.day(c['to'])
        inside = lambda t: t is None or lo <= clock.day_of(t) <= hi
        holds = inside(f['created']) or inside(f['received']) if c['time'] == 'created_or_received' else inside(time_of(c['time']))
        return (-math.inf, None, False) if holds else 'outside_window'
    listed = f['stage'] is not None and f['stage'] in c['stages']
    return (-math.inf, None, False) if listed == c['in'] else 'stage'


def judge_rule(rule, f, clock):
    if f['locked']:
        return 'locked'
    for key, fact in (('valueTiers', 'valueTier'), ('abcClasses', 'abcClass')):
        if key in rule and f[fact] not in rule[key]:
            return 'other_level'
    if rule['onlyAfterPoolClaim'] and not f['fromPool']:
        return 'not_from_pool'
    if f['hasDeal'] and rule['exemptWithDeal']:
        return 'has_deal'
    # A rule on opportunities is not exempted by one (WukongCRM 11's type 2 never reads business_handle).
    if f['hasAnyOpportunity'] and rule['exemptWithOpportunity'] and not any(c['kind'] == 'no_opportunity' for c in rule['conditions']):
        return 'has_opportunity'
    best = None  # the latest condition binds the rule
    for condition in rule['conditions']:
        judged = judge_condition(condition, f, clock)
        if isinstance(judged, str):
            return judged
        if best is None or judged[0] > best[0]:
            best = judged + (condition,)
    return best


def condition_params(c, start, never, clock, f):
    since = None if start is None else iso_day(clock.day_of(start))
    kind = c['kind']
    if kind in ('no_followup', 'no_opportunity', 'no_deal'):
        return {'kind': kind, 'amount': c['days'], 'unit': 'day', 'from': since}
    if kind == 'older_than':
        return {'kind': 'never_followed_up' if never else kind, 'time': c['time'], 'amount': c['amount'], 'unit': c['unit'], 'from': since}
    if kind == 'between':
        return {'kind': kind, 'time': c['time'], 'windowFrom': iso_day(clock.day(c['from'])), 'windowTo': iso_day(clock.day(c['to']))}
    test = 'no_stage' if f['stage'] is None else 'in' if c['in'] else 'not_in'
    return {'kind': kind, 'stageTest': test, 'stages': c['stages'], 'stage': f['stage']}


def reclaim_status(facts, as_of_text, policy):
    clock = Clock(policy)
    as_of = clock.point(as_of_text)
    as_of_day = clock.day_of(as_of)
    date = lambda key: None if facts.get(key) is None else clock.point(facts[key])
    f = {'received': date('receivedAt'), 'created': date('createdAt'), 'followUp': date('lastFollowUpAt'), 'fromPool': facts.get('receivedFromPool', False),
         'locked': facts.get('locked', False), 'hasDeal': facts.get('hasDeal', False), 'hasOpportunity': facts.get('hasOpportunity', False),
         # any opportunity row, deleted ones too (what business_handle counts); a live one is a row too
         'hasAnyOpportunity': facts.get('hasAnyOpportunity', False) or facts.get('hasOpportunity', False),
         'stage': facts.get('opportunityStage'), 'valueTier': facts.get('valueTier'), 'abcClass': facts.get('abcClass')}
    binding, skips, checks = None, [], []
    for rule in policy['rules']:
        judged = judge_rule(rule, f, clock)
        if isinstance(judged, str):
            skips += [] if judged in skips else [judged]
            checks.append({'ruleId': rule['id'], 'applies': False, 'skipped': judged, 'countsFrom': None, 'dueDate': None, 'daysLeft': None})
            continue
        limit, start, never, condition = judged
        if binding is None or limit < binding[0]:
            binding = (limit, start, never, condition, rule)
        checks.append({'ruleId': rule['id'], 'applies': True, 'skipped': None, 'countsFrom': None if start is None else iso_day(clock.day_of(start)),
                       'dueDate': clock.due_day(limit, as_of_day), 'daysLeft': 0 if as_of > limit else clock.days_until_past(as_of, limit)})
    if binding is None:
        return {'due': False, 'dueDate': None, 'dueAfter': None, 'daysLeft': None, 'ruleId': None, 'remindOn': None, 'remind': False, 'exempt': True,
                'checks': checks, 'reasons': [{'code': 'pool_exempt', 'params': {'rules': [r['id'] for r in policy['rules']], 'causes': skips}}]}
    limit, start, never, condition, rule = binding
    due = as_of > limit
    days_left = 0 if due else clock.days_until_past(as_of, limit)
    due_date = clock.due_day(limit, as_of_day)
    finite = math.isfinite(limit)
    remind_day = clock.day_of(limit) - policy['remindDaysBefore'] if finite and policy['remindDaysBefore'] > 0 else None
    remind = remind_day is not None and not due and as_of_day >= remind_day
    params = dict(rule=rule['id'], **condition_params(condition, start, never, clock, f), dueDate=due_date, daysLeft=days_left)
    reasons = [{'code': 'pool_due' if due else 'pool_not_due', 'params': params}]
    if remind:
        reasons.append({'code': 'pool_remind', 'params': {'rule': rule['id'], 'dueDate': due_date, 'daysLeft': days_left}})
    return {'due': due, 'dueDate': due_date, 'dueAfter': iso_instant(limit) if finite and not clock.calendar else None, 'daysLeft': days_left, 'ruleId': rule['id'],
            'remindOn': None if remind_day is None else iso_day(remind_day), 'remind': remind, 'exempt': False, 'checks': checks, 'reasons': reasons}


def can_claim(request, as_of_text, policy):
    clock = Clock(policy)
    as_of = clock.point(as_of_text)
    as_of_day = clock.day_of(as_of)
    owner = lambda v: None if v is None else str(v)  # 42 and '42' are the same person
    assigned = request.get('assigned') is True
    taking = request.get('count', 1)
    base = {'claimant': request['claimant'], 'count': taking}
    refuse = lambda code, params, since=None, at=None: {'ok': False, 'code': code, 'params': params, 'allowedFrom': since, 'allowedAt': at}
    quota, limit = policy['quota']['owned'], policy['claim']['dailyLimit']
    if quota is not None and request['owned'] + taking > quota:
        return refuse('pool_claim_over_quota', dict(base, owned=request['owned'], limit=quota))
    if not assigned and limit is not None and request['claimedToday'] + taking > limit:
        if taking > limit:
            return refuse('pool_claim_over_daily_limit', dict(base, limit=limit))
        tomorrow = iso_day(as_of_day + 1)
        return refuse('pool_claim_daily_limit', dict(base, claimedToday=request['claimedToday'], limit=limit, allowedFrom=tomorrow), tomorrow)
    waits = []
    if not assigned and owner(request.get('previousOwner')) == owner(request['claimant']) and policy['claim']['previousOwnerWaitDays'] > 0:
        waits.append(('pool_claim_previous_owner_wait', policy['claim']['previousOwnerWaitDays']))
    if not assigned and policy['claim']['newInPoolWaitDays'] > 0:
        waits.append(('pool_claim_new_in_pool_wait', policy['claim']['newInPoolWaitDays']))
    for code, days in waits:
        released = clock.point(request['releasedAt'])
        allowed = released + days + 1 if clock.calendar else released + days * DAY_MS
        if as_of < allowed:
            since = iso_day(allowed if clock.calendar else clock.day_of(allowed))
            at = None if clock.calendar else iso_instant(allowed)
            return refuse(code, dict(base, days=days, releasedAt=iso_day(clock.day_of(released)), allowedFrom=at or since), since, at)
    return {'ok': True, 'code': 'pool_claim_allowed', 'params': dict(base, assigned=assigned), 'allowedFrom': None, 'allowedAt': None}


def check_pool(failures):
    defaults = next(p for p in load('policies.json')['policies'] if p['id'] == 'pool')['defaults']
    vectors = load('conformance/pool.json')
    for case in vectors['reclaim']:
        got = reclaim_status(case['facts'], case['asOf'], pool_policy(defaults, case.get('policy', {})))
        if got != case['expect']:
            failures.append(f"reclaim {case['name']}: expected {case['expect']}, got {got}")
    for case in vectors['claim']:
        got = can_claim(case['request'], case['asOf'], pool_policy(defaults, case.get('policy', {})))
        if got != case['expect']:
            failures.append(f"claim {case['name']}: expected {case['expect']}, got {got}")
    return len(vectors['reclaim']) + len(vectors['claim'])


CHECKS = [('lifecycle machines (can)', check_lifecycle), ('relationship (Kotler, B2B)', check_relationship), ('scoring (rfmSegment, eightClass, ABC, fitRfm)', check_scoring), ('pool (reclaimStatus, canClaim)', check_pool)]


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
