"""Intervision circles: who works with whom, for a whole series of peer-supervision meetings.

Pure Python (no Django), so it can be tested over thousands of random instances.

HARD constraints, never broken:
  1. no two colleagues (same organisation) in one circle,
  2. every circle holds between `min_size` and `max_size` people.
Because of (1) an organisation with more sign-ups than there are circles cannot place all of
them; because of (2) some people may not fit at all (11 people, circles of 4–5). Those people
are returned as unplaced with a reason (see UNPLACED_*), never squeezed in.

The number of circles k is chosen to place as many people as possible (ties: circles closest to
the preferred size). A valid assignment then exists *by construction*: deal the people grouped
by organisation, largest organisation first, round-robin over the k circles. An organisation
with at most k people lands in k different circles, and the sizes differ by at most one, so
they lie within min–max whenever k·min ≤ placed ≤ k·max.

SOFT objectives, improved by simulated annealing over swaps (sizes unchanged) and single moves
(sizes within bounds) that never create a colleague pair: shared themes, a meeting slot most of
the circle can make, and a mix of experience levels. The random generator is seeded and the
search runs a fixed number of iterations, so the same sign-ups give the same circles (a time
cap only guards against a very slow machine).
"""

import math
import random
import time
from collections import Counter
from dataclasses import dataclass, field

UNPLACED_TOO_FEW = "too_few"  # fewer sign-ups than the smallest circle
UNPLACED_COLLEAGUES = "colleagues"  # more colleagues from one organisation than circles
UNPLACED_SIZES = "sizes"  # the circle sizes cannot take everyone (e.g. 11 people, circles of 4–5)

THEME_WEIGHT = 0.35
SLOT_WEIGHT = 0.40
EXPERIENCE_WEIGHT = 0.25
EXPERIENCE_LEVELS = 4
SIZE_WEIGHT = 0.05


@dataclass(frozen=True)
class Person:
    id: int
    organisation: int | None = None
    themes: frozenset = frozenset()
    experience: int = 0  # 0 .. EXPERIENCE_LEVELS - 1
    slots: frozenset = frozenset()  # availability codes such as "mon-am"


@dataclass
class CircleFit:
    size: int
    score: int  # 0–100
    shared_themes: list[tuple[str, int]]  # themes at least two members chose, most chosen first
    common_slots: list[str]  # slots every member can make
    best_slots: list[tuple[str, int]]  # slots most members can make (when none suits everyone)
    experience: list[int]  # members per experience level
    colleague_pairs: int = 0

    def as_dict(self) -> dict:
        return {
            "size": self.size,
            "score": self.score,
            "shared_themes": [list(t) for t in self.shared_themes],
            "common_slots": list(self.common_slots),
            "best_slots": [list(s) for s in self.best_slots],
            "experience": list(self.experience),
            "colleague_pairs": self.colleague_pairs,
        }


@dataclass
class Result:
    circles: list[list[int]]  # person ids per circle
    unplaced: dict[int, str]  # person id -> UNPLACED_* reason
    fits: list[CircleFit]
    score: int  # average circle score
    iterations: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


# --- Scoring ------------------------------------------------------------------------------------


def _share_score(counts: dict, size: int) -> float:
    """How well a circle shares something (a theme, a slot): 0.6 × the share of the circle who
    have its most common value + 0.4 × the chance that two members share one (capped at 1)."""
    if size < 2 or not counts:
        return 0.0
    top = max(counts.values())
    pairs = sum(c * (c - 1) for c in counts.values()) / (size * (size - 1))
    return 0.6 * top / size + 0.4 * min(1.0, pairs)


def _experience_score(levels: list[int], size: int) -> float:
    if size == 0:
        return 0.0
    distinct = sum(1 for count in levels if count)
    wanted = min(EXPERIENCE_LEVELS, size)
    # Distinct levels present, and nobody's level taking more than half the circle.
    balance = 1.0 - max(0, max(levels) - math.ceil(size / 2)) / size
    return 0.7 * (distinct - 1) / max(1, wanted - 1) + 0.3 * balance


def _circle_score(themes: Counter, slots: Counter, levels: list[int], size: int) -> float:
    return (
        THEME_WEIGHT * _share_score(themes, size)
        + SLOT_WEIGHT * _share_score(slots, size)
        + EXPERIENCE_WEIGHT * _experience_score(levels, size)
    )


def circle_fit(people: list[Person]) -> CircleFit:
    """The fit report of one circle (also used after a manager moves someone)."""
    size = len(people)
    themes = Counter(t for p in people for t in p.themes)
    slots = Counter(s for p in people for s in p.slots)
    levels = [0] * EXPERIENCE_LEVELS
    for p in people:
        levels[min(max(p.experience, 0), EXPERIENCE_LEVELS - 1)] += 1
    orgs = Counter(p.organisation for p in people if p.organisation is not None)
    colleague_pairs = sum(c * (c - 1) // 2 for c in orgs.values())
    score = round(100 * _circle_score(themes, slots, levels, size)) if size else 0
    ranked_slots = sorted(slots.items(), key=lambda item: (-item[1], item[0]))
    return CircleFit(
        size=size,
        score=max(0, min(100, score)),
        shared_themes=sorted(
            ((t, c) for t, c in themes.items() if c >= 2), key=lambda item: (-item[1], item[0])
        ),
        common_slots=sorted(s for s, c in slots.items() if c == size and size),
        best_slots=ranked_slots[:3],
        experience=levels,
        colleague_pairs=colleague_pairs,
    )


# --- Choosing the circles -----------------------------------------------------------------------


def _org_key(person: Person):
    # Someone without an organisation is nobody's colleague.
    return ("org", person.organisation) if person.organisation is not None else ("id", person.id)


def plan_circle_count(
    people: list[Person], min_size: int, max_size: int
) -> tuple[int, dict[int, str]]:
    """The number of circles and who cannot be placed (with why), maximising people placed."""
    if not people or len(people) < min_size:
        return 0, {p.id: UNPLACED_TOO_FEW for p in people}
    groups: dict = {}
    for p in people:  # sign-up order: the latest colleagues are the ones left out
        groups.setdefault(_org_key(p), []).append(p)
    preferred = (min_size + max_size) / 2
    best = None
    for k in range(1, len(people) // min_size + 1):
        placeable = sum(min(len(members), k) for members in groups.values())
        placed = min(placeable, k * max_size)
        if placed < k * min_size:
            continue
        rank = (placed, -abs(placed / k - preferred), -k)
        if best is None or rank > best[0]:
            best = (rank, k)
    if best is None:
        # Colleagues cannot be split over enough circles for even one circle of min_size.
        return 0, {p.id: UNPLACED_COLLEAGUES for p in people}
    k = best[1]
    unplaced = {}
    for members in groups.values():
        for p in members[k:]:
            unplaced[p.id] = UNPLACED_COLLEAGUES
    kept = [p for p in people if p.id not in unplaced]
    for p in kept[k * max_size :]:
        unplaced[p.id] = UNPLACED_SIZES
    return k, unplaced


def construct(people: list[Person], k: int) -> list[list[int]]:
    """Round-robin dealing, largest organisation first: valid whenever every organisation has at
    most k people (indices into `people`)."""
    groups: dict = {}
    for index, p in enumerate(people):
        groups.setdefault(_org_key(p), []).append(index)
    order = sorted(groups.values(), key=lambda members: -len(members))
    circles: list[list[int]] = [[] for _ in range(k)]
    position = 0
    for members in order:
        for index in members:
            circles[position % k].append(index)
            position += 1
    return circles


class _State:
    def __init__(self, people: list[Person], circles: list[list[int]], min_size, max_size):
        self.people = people
        self.min_size, self.max_size = min_size, max_size
        self.preferred = len(people) / max(1, len(circles))
        self.circle_of = [0] * len(people)
        self.members = [list(c) for c in circles]
        self.themes = [Counter() for _ in circles]
        self.slots = [Counter() for _ in circles]
        self.levels = [[0] * EXPERIENCE_LEVELS for _ in circles]
        self.orgs = [Counter() for _ in circles]
        for c, members in enumerate(circles):
            for i in members:
                self._add(i, c)
        self.scores = [self._score(c) for c in range(len(circles))]

    def _add(self, i: int, c: int) -> None:
        p = self.people[i]
        self.circle_of[i] = c
        self.themes[c].update(p.themes)
        self.slots[c].update(p.slots)
        self.levels[c][min(max(p.experience, 0), EXPERIENCE_LEVELS - 1)] += 1
        if p.organisation is not None:
            self.orgs[c][p.organisation] += 1

    def _remove(self, i: int, c: int) -> None:
        p = self.people[i]
        self.themes[c].subtract(p.themes)
        self.slots[c].subtract(p.slots)
        self.levels[c][min(max(p.experience, 0), EXPERIENCE_LEVELS - 1)] -= 1
        if p.organisation is not None:
            self.orgs[c][p.organisation] -= 1

    def _score(self, c: int) -> float:
        size = len(self.members[c])
        themes = {t: n for t, n in self.themes[c].items() if n > 0}
        slots = {s: n for s, n in self.slots[c].items() if n > 0}
        # Weighted by size: a person counts the same wherever they sit; circles near the
        # preferred size are slightly favoured so that sizes stay even.
        evenness = SIZE_WEIGHT * (size - self.preferred) ** 2
        return size * _circle_score(themes, slots, self.levels[c], size) - evenness

    def can_enter(self, i: int, c: int, leaving: int | None = None) -> bool:
        org = self.people[i].organisation
        if org is None:
            return True
        present = self.orgs[c][org]
        if leaving is not None and self.people[leaving].organisation == org:
            present -= 1
        return present == 0

    def relocate(self, i: int, source: int, target: int) -> None:
        self._remove(i, source)
        self.members[source].remove(i)
        self.members[target].append(i)
        self._add(i, target)

    def total(self) -> float:
        return sum(self.scores)


def _anneal(state: _State, rng: random.Random, iterations: int, seconds: float) -> int:
    n, k = len(state.people), len(state.members)
    if n < 2 or k < 2:
        return 0
    started = time.perf_counter()
    best_total, best = state.total(), [list(m) for m in state.members]
    current = best_total
    temperature_start, temperature_end = 0.3, 0.005
    done = 0
    for step in range(iterations):
        if step % 1024 == 0 and time.perf_counter() - started > seconds:
            break
        done = step + 1
        temperature = temperature_start * (temperature_end / temperature_start) ** (
            step / iterations
        )
        a = rng.randrange(n)
        source = state.circle_of[a]
        target = rng.randrange(k - 1)
        target += target >= source
        if rng.random() < 0.25:
            # Move one person, if the sizes allow it.
            if (
                len(state.members[source]) <= state.min_size
                or len(state.members[target]) >= state.max_size
                or not state.can_enter(a, target)
            ):
                continue
            old = state.scores[source] + state.scores[target]
            state.relocate(a, source, target)
            new_source, new_target = state._score(source), state._score(target)
            delta = new_source + new_target - old
            if delta >= 0 or rng.random() < math.exp(delta / temperature):
                state.scores[source], state.scores[target] = new_source, new_target
                current += delta
            else:
                state.relocate(a, target, source)
        else:
            b = state.members[target][rng.randrange(len(state.members[target]))]
            if not state.can_enter(a, target, leaving=b) or not state.can_enter(
                b, source, leaving=a
            ):
                continue
            old = state.scores[source] + state.scores[target]
            state.relocate(a, source, target)
            state.relocate(b, target, source)
            new_source, new_target = state._score(source), state._score(target)
            delta = new_source + new_target - old
            if delta >= 0 or rng.random() < math.exp(delta / temperature):
                state.scores[source], state.scores[target] = new_source, new_target
                current += delta
            else:
                state.relocate(a, target, source)
                state.relocate(b, source, target)
        if current > best_total + 1e-9:
            best_total, best = current, [list(m) for m in state.members]
    state.members = best
    return done


def build_circles(
    people: list[Person],
    *,
    min_size: int = 4,
    max_size: int = 8,
    seed: int = 2026,
    iterations: int | None = None,
    seconds: float = 3.0,
) -> Result:
    """Form circles from sign-ups (in sign-up order). See the module docstring."""
    if min_size < 2 or max_size < min_size:
        raise ValueError("Circles need at least two people and max_size ≥ min_size.")
    if len({p.id for p in people}) != len(people):
        raise ValueError("A person appears twice.")
    started = time.perf_counter()
    k, unplaced = plan_circle_count(people, min_size, max_size)
    placed = [p for p in people if p.id not in unplaced]
    if k == 0:
        return Result(circles=[], unplaced=unplaced, fits=[], score=0)
    state = _State(placed, construct(placed, k), min_size, max_size)
    rng = random.Random(seed)
    if iterations is None:
        iterations = min(60_000, 250 * len(placed))
    done = _anneal(state, rng, iterations, seconds)
    circles = [sorted(placed[i].id for i in members) for members in state.members]
    circles.sort(key=lambda ids: ids[0])
    by_id = {p.id: p for p in placed}
    fits = [circle_fit([by_id[pid] for pid in ids]) for ids in circles]
    average = round(sum(f.score for f in fits) / len(fits)) if fits else 0
    return Result(
        circles=circles,
        unplaced=unplaced,
        fits=fits,
        score=average,
        iterations=done,
        seconds=time.perf_counter() - started,
    )


def colleague_conflicts(circles: list[list[int]], organisation_of: dict[int, int | None]) -> int:
    """Pairs of colleagues sitting in one circle (0 for any result of build_circles)."""
    pairs = 0
    for ids in circles:
        orgs = Counter(organisation_of[i] for i in ids if organisation_of.get(i) is not None)
        pairs += sum(c * (c - 1) // 2 for c in orgs.values())
    return pairs
