#!/usr/bin/env python3
"""A reference checker of the crm-taxonomy spec, in Python's standard library only.

It reads the spec's JSON documents (the rules as data) and runs the conformance vectors against
its own implementation of each decision: the lifecycle machines (`can`), the RFM segment lookup
and the ABC classes. It imports nothing from the TypeScript library: if it passes, another
language implemented the same rules from the JSON alone.

    python3 spec/checkers/python/check.py [path/to/spec]

Exit status 0 when every vector passes; otherwise the failures are listed.
"""
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


CHECKS = [('lifecycle machines (can)', check_lifecycle), ('relationship (Kotler, B2B)', check_relationship)]


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
