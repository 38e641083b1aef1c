"""World café seating: who sits at which table in each round.

Hosts stay at their table; everyone else moves so that people meet as many new people as
possible. The planner minimises, in this order of weight:
  1. repeated pairs: every meeting of two people beyond their first,
  2. colleagues (same organisation) at one table,
  3. tables of one role (a mix of HR directors, payroll people, recruiters … is livelier).
It builds a greedy plan round by round, then improves it by simulated annealing over swaps of
two movers between tables in one round, with costs updated incrementally; it stops early when
no repeated pair is left above the lower bound and no colleague sits with a colleague.
"""

import math
import random
import time
from dataclasses import dataclass, field

REPEAT_WEIGHT = 1000
COLLEAGUE_WEIGHT = 60
SAME_ROLE_WEIGHT = 1
# Initial temperatures as shares of one repeated pair's cost, the first phase's share of the
# time, and how often the second phase only moves people who sit with a colleague or someone
# they met.
HOT, COOL = 0.6, 0.1
PHASE_ONE_SHARE = 0.5
FOCUS = 0.8


@dataclass(frozen=True)
class Participant:
    id: int
    organisation: int | None = None
    role: str = ""


@dataclass
class Plan:
    # rounds[r][t] = list of participant ids at table t in round r
    rounds: list[list[list[int]]]
    hosts: dict[int, int]  # table -> host id
    repeated_pairs: int
    same_organisation_pairs: int
    same_role_pairs: int
    average_new_people: float
    lower_bound_repeated_pairs: int
    seconds: float = 0.0
    iterations: int = 0
    schedule: dict[int, list[int]] = field(default_factory=dict)  # id -> table per round


def table_sizes(people: int, tables: int) -> list[int]:
    base, extra = divmod(people, tables)
    return [base + (1 if t < extra else 0) for t in range(tables)]


def lower_bound_repeats(people: int, tables: int, rounds: int, hosts_per_table: list[int]) -> int:
    """No plan can have fewer repeated pairs than this."""
    sizes = table_sizes(people, tables)
    meetings = rounds * sum(s * (s - 1) // 2 for s in sizes)
    host_total = sum(hosts_per_table)
    # Hosts at different tables never meet, so those pairs are out of reach.
    reachable_pairs = people * (people - 1) // 2
    reachable_pairs -= (host_total * (host_total - 1) // 2) - sum(
        h * (h - 1) // 2 for h in hosts_per_table
    )
    global_bound = max(0, meetings - reachable_pairs)
    # Two hosts at one table meet every round.
    forced = sum(h * (h - 1) // 2 for h in hosts_per_table) * max(0, rounds - 1)
    # Each person meets (size - 1) people a round; beyond the people they can reach, it repeats.
    smallest = min(sizes)
    excess = 0
    for _person in range(people - host_total):
        excess += max(0, rounds * (smallest - 1) - (people - 1))
    for table, hosts in enumerate(hosts_per_table):
        for _host in range(hosts):
            reachable = people - 1 - (host_total - hosts)
            excess += max(0, rounds * (sizes[table] - 1) - reachable)

    # Pigeonhole: a table of s people drawn from the T tables of the round before holds at
    # least this many pairs who sat together then (the s people spread as evenly as possible).
    def pairs_forced(seats: int) -> int:
        share, rest = divmod(seats, tables)
        return rest * (share + 1) * share // 2 + (tables - rest) * share * (share - 1) // 2

    pigeonhole = max(0, rounds - 1) * sum(pairs_forced(s) for s in sizes)
    return max(global_bound, forced, math.ceil(excess / 2), pigeonhole)


class _State:
    def __init__(self, participants, tables, rounds, hosts, *, static_costs: bool = True):
        self.colleague_weight = COLLEAGUE_WEIGHT if static_costs else 0
        self.role_weight = SAME_ROLE_WEIGHT if static_costs else 0
        self.n = len(participants)
        self.ids = [p.id for p in participants]
        index = {p.id: i for i, p in enumerate(participants)}
        self.org = [p.organisation for p in participants]
        self.role = [p.role for p in participants]
        self.tables = tables
        self.round_count = rounds
        self.host_table = {index[h]: t for t, h in hosts.items()}
        self.sizes = table_sizes(self.n, tables)
        self.meet = [[0] * self.n for _ in range(self.n)]
        self.seat = [[0] * self.n for _ in range(rounds)]  # seat[r][person] = table
        self.at = [[[] for _ in range(tables)] for _ in range(rounds)]

    # --- pair costs -------------------------------------------------------------------------
    def pair_static(self, a: int, b: int) -> int:
        cost = 0
        if self.org[a] is not None and self.org[a] == self.org[b]:
            cost += self.colleague_weight
        if self.role[a] and self.role[a] == self.role[b]:
            cost += self.role_weight
        return cost

    def join_cost(self, person: int, members) -> int:
        """Cost of seating `person` with `members` (repeats counted against meetings so far)."""
        meet = self.meet[person]
        cost = 0
        for other in members:
            if meet[other] >= 1:
                cost += REPEAT_WEIGHT
            cost += self.pair_static(person, other)
        return cost

    def place(self, r: int, person: int, table: int) -> None:
        for other in self.at[r][table]:
            self.meet[person][other] += 1
            self.meet[other][person] += 1
        self.at[r][table].append(person)
        self.seat[r][person] = table

    def total_cost(self) -> int:
        cost = 0
        for a in range(self.n):
            for b in range(a + 1, self.n):
                if self.meet[a][b] > 1:
                    cost += REPEAT_WEIGHT * (self.meet[a][b] - 1)
        for r in range(self.round_count):
            for members in self.at[r]:
                for i, a in enumerate(members):
                    for b in members[i + 1 :]:
                        cost += self.pair_static(a, b)
        return cost

    # --- construction -----------------------------------------------------------------------
    def greedy(self, rng: random.Random) -> None:
        movers = [p for p in range(self.n) if p not in self.host_table]
        for r in range(self.round_count):
            for person, table in self.host_table.items():
                self.place(r, person, table)
            order = movers[:]
            rng.shuffle(order)
            for person in order:
                best, best_cost = None, None
                for table in range(self.tables):
                    if len(self.at[r][table]) >= self.sizes[table]:
                        continue
                    cost = self.join_cost(person, self.at[r][table]) - len(self.at[r][table])
                    if best_cost is None or cost < best_cost:
                        best, best_cost = table, cost
                self.place(r, person, best)

    def rotation(self, rng: random.Random) -> bool:
        """Mover (a, b) sits at table (a + r·b) mod T in round r: two movers then share a table
        in at most one round when T is prime, and rarely otherwise. Returns False (and places
        nothing) when the tables' free seats do not allow it."""
        movers = [p for p in range(self.n) if p not in self.host_table]
        rng.shuffle(movers)
        per_table = len(movers) // self.tables
        free = [
            self.sizes[t] - sum(1 for h in self.host_table.values() if h == t)
            for t in range(self.tables)
        ]
        if per_table == 0 or any(seats < per_table for seats in free):
            return False
        full = per_table * self.tables
        for r in range(self.round_count):
            for person, table in self.host_table.items():
                self.place(r, person, table)
            for index, person in enumerate(movers[:full]):
                a, b = index % self.tables, index // self.tables
                self.place(r, person, (a + r * b) % self.tables)
            for person in movers[full:]:
                options = [t for t in range(self.tables) if len(self.at[r][t]) < self.sizes[t]]
                best = min(options, key=lambda t: self.join_cost(person, self.at[r][t]))
                self.place(r, person, best)
        return True

    # --- improvement ------------------------------------------------------------------------
    def in_conflict(self, r: int, person: int) -> bool:
        meet, org = self.meet[person], self.org[person]
        for other in self.at[r][self.seat[r][person]]:
            if other != person and (
                meet[other] >= 2 or (org is not None and self.org[other] == org)
            ):
                return True
        return False

    def swap_delta(self, r: int, a: int, b: int) -> int:
        table_a, table_b = self.seat[r][a], self.seat[r][b]
        meet_a, meet_b = self.meet[a], self.meet[b]
        delta = 0
        for x in self.at[r][table_a]:
            if x == a:
                continue
            # a leaves x; b joins x
            if meet_a[x] >= 2:
                delta -= REPEAT_WEIGHT
            if meet_b[x] >= 1:
                delta += REPEAT_WEIGHT
            delta += self.pair_static(b, x) - self.pair_static(a, x)
        for y in self.at[r][table_b]:
            if y == b:
                continue
            if meet_b[y] >= 2:
                delta -= REPEAT_WEIGHT
            if meet_a[y] >= 1:
                delta += REPEAT_WEIGHT
            delta += self.pair_static(a, y) - self.pair_static(b, y)
        return delta

    def swap(self, r: int, a: int, b: int) -> None:
        table_a, table_b = self.seat[r][a], self.seat[r][b]
        members_a, members_b = self.at[r][table_a], self.at[r][table_b]
        for x in members_a:
            if x != a:
                self.meet[a][x] -= 1
                self.meet[x][a] -= 1
                self.meet[b][x] += 1
                self.meet[x][b] += 1
        for y in members_b:
            if y != b:
                self.meet[b][y] -= 1
                self.meet[y][b] -= 1
                self.meet[a][y] += 1
                self.meet[y][a] += 1
        members_a[members_a.index(a)] = b
        members_b[members_b.index(b)] = a
        self.seat[r][a], self.seat[r][b] = table_b, table_a

    def load(self, snapshot) -> None:
        for r, tables in enumerate(snapshot):
            for table, members in enumerate(tables):
                for person in members:
                    self.place(r, person, table)

    def snapshot(self):
        return [[list(members) for members in tables] for tables in self.at]


def plan_seating(
    participants: list[Participant],
    *,
    tables: int,
    rounds: int,
    hosts: dict[int, int] | None = None,
    seconds: float = 1.5,
    seed: int = 2026,
) -> Plan:
    """Plan a world café. `hosts` maps table number -> participant id (they stay put)."""
    hosts = dict(hosts or {})
    if tables < 1 or rounds < 1:
        raise ValueError("A world café needs at least one table and one round.")
    if len(participants) < tables:
        raise ValueError("There are more tables than people.")
    if len({p.id for p in participants}) != len(participants):
        raise ValueError("A participant appears twice.")
    known = {p.id for p in participants}
    if any(h not in known for h in hosts.values()) or any(not 0 <= t < tables for t in hosts):
        raise ValueError("Every host must be a participant at an existing table.")
    sizes = table_sizes(len(participants), tables)
    hosts_per_table = [0] * tables
    for table in hosts:
        hosts_per_table[table] += 1
    if any(h > s for h, s in zip(hosts_per_table, sizes, strict=True)):
        raise ValueError("A table has more hosts than seats.")
    bound = lower_bound_repeats(len(participants), tables, rounds, hosts_per_table)

    rng = random.Random(seed)
    started = time.perf_counter()
    target = bound * REPEAT_WEIGHT
    iterations = 0
    # Phase 1: meet new people. Repeats only, from a rotation (or greedy) start, hot enough to
    # escape local minima; repeat-free designs are usually found here in a fraction of a second.
    state = _State(participants, tables, rounds, hosts, static_costs=False)
    if not state.rotation(rng):
        state = _State(participants, tables, rounds, hosts, static_costs=False)
        state.greedy(rng)
    has_static = any(p.organisation is not None or p.role for p in participants)
    share = PHASE_ONE_SHARE if has_static else 1.0
    _cost, best, tries, _done = _anneal(state, rng, seconds * share, HOT, 0.0, target)
    iterations += tries
    # Phase 2: keep the repeats, seat colleagues apart and mix roles (cool, conflict-focused).
    state = _State(participants, tables, rounds, hosts)
    state.load(best)
    remaining = max(0.0, seconds - (time.perf_counter() - started))
    _cost, best, tries, _done = _anneal(state, rng, remaining, COOL, FOCUS, target)
    iterations += tries
    return _report(participants, best, hosts, bound, time.perf_counter() - started, iterations)


def _anneal(
    state: _State, rng: random.Random, seconds: float, initial: float, focus: float, target: int
):
    """Simulated annealing over swaps; returns (best cost, best plan, tries, reached target)."""
    started = time.perf_counter()
    deadline = started + seconds
    cost = state.total_cost()
    best_cost, best = cost, state.snapshot()
    movers = [p for p in range(state.n) if p not in state.host_table]
    rounds = state.round_count
    temperature = REPEAT_WEIGHT * initial
    iterations = 0
    if len(movers) < 2:
        return best_cost, best, iterations, True
    if best_cost <= target and _no_static_cost(state):
        return best_cost, best, iterations, True
    while True:
        iterations += 1
        if iterations % 512 == 0:
            now = time.perf_counter()
            if now >= deadline:
                return best_cost, best, iterations, False
            # Cool linearly to nearly greedy over the time budget.
            temperature = REPEAT_WEIGHT * initial * (1 - (now - started) / seconds) + 1
        r = rng.randrange(rounds)
        a, b = rng.sample(movers, 2)
        if state.seat[r][a] == state.seat[r][b]:
            continue
        # Often move only people who are in a conflict: far fewer wasted tries.
        if focus and rng.random() < focus and not state.in_conflict(r, a):
            continue
        delta = state.swap_delta(r, a, b)
        if delta <= 0 or rng.random() < math.exp(-delta / temperature):
            state.swap(r, a, b)
            cost += delta
            if cost < best_cost:
                best_cost, best = cost, state.snapshot()
                if best_cost <= target and _no_static_cost(state):
                    return best_cost, best, iterations, True


def _no_static_cost(state: _State) -> bool:
    for tables in state.at:
        for members in tables:
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if state.org[a] is not None and state.org[a] == state.org[b]:
                        return False
    return True


def _report(participants, rounds_by_index, hosts, bound, seconds, iterations) -> Plan:
    ids = [p.id for p in participants]
    org = {p.id: p.organisation for p in participants}
    role = {p.id: p.role for p in participants}
    rounds = [[[ids[i] for i in members] for members in tables] for tables in rounds_by_index]
    meetings: dict[tuple[int, int], int] = {}
    colleagues = same_role = 0
    schedule: dict[int, list[int]] = {pid: [] for pid in ids}
    met: dict[int, set[int]] = {pid: set() for pid in ids}
    for tables in rounds:
        for table, members in enumerate(tables):
            for pid in members:
                schedule[pid].append(table)
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    key = (a, b) if a < b else (b, a)
                    meetings[key] = meetings.get(key, 0) + 1
                    met[a].add(b)
                    met[b].add(a)
                    if org[a] is not None and org[a] == org[b]:
                        colleagues += 1
                    if role[a] and role[a] == role[b]:
                        same_role += 1
    repeated = sum(count - 1 for count in meetings.values() if count > 1)
    return Plan(
        rounds=rounds,
        hosts=hosts,
        repeated_pairs=repeated,
        same_organisation_pairs=colleagues,
        same_role_pairs=same_role,
        average_new_people=sum(len(s) for s in met.values()) / max(len(ids), 1),
        lower_bound_repeated_pairs=bound,
        seconds=seconds,
        iterations=iterations,
        schedule=schedule,
    )
