"""The circle builder over many random instances (deterministic seeds).

Every instance is built so that a valid assignment provably exists (see `_instance`): the
builder must then never seat two colleagues together and never make a circle too small or too
big. Instances where nobody fits, or where colleagues outnumber the circles, check that the
people left over are reported with the right reason.
"""

import random
import time
from collections import Counter

import pytest

from circles.builder import (
    UNPLACED_COLLEAGUES,
    UNPLACED_SIZES,
    UNPLACED_TOO_FEW,
    Person,
    build_circles,
    circle_fit,
    colleague_conflicts,
    construct,
)

THEMES = ["feedback", "conflict", "leadership", "burnout", "recruiting", "change"]
SLOTS = [f"{d}-{p}" for d in ("mon", "tue", "wed", "thu", "fri") for p in ("am", "pm", "ev")]


def _person(rng, pid, organisation):
    return Person(
        id=pid,
        organisation=organisation,
        themes=frozenset(rng.sample(THEMES, rng.randint(1, 3))),
        experience=rng.randrange(4),
        slots=frozenset(rng.sample(SLOTS, rng.randint(1, 6))),
    )


def _instance(rng, *, tight: bool):
    """People and sizes for which a valid assignment exists by construction.

    We first draw k circles with sizes in [min, max], then give each organisation at most one
    seat per circle: that assignment is a witness of validity. Tight instances make the largest
    organisation exactly k strong and the rest few and large, so only few assignments are valid.
    """
    min_size = rng.randint(2, 5)
    max_size = min_size + rng.randint(0, 4)
    k = rng.randint(1, 8)
    sizes = [rng.randint(min_size, max_size) for _ in range(k)]
    seats = [c for c, size in enumerate(sizes) for _ in range(size)]
    people, pid = [], 0
    # Organisations claim seats, never two in the same circle.
    free = {c: sizes[c] for c in range(k)}
    organisation = 0
    while any(free.values()):
        organisation += 1
        open_circles = [c for c in range(k) if free[c]]
        # Tight: as many colleagues as there are open circles, one in each.
        take = len(open_circles) if tight else rng.randint(1, len(open_circles))
        for c in rng.sample(open_circles, take):
            free[c] -= 1
            no_org = not tight and rng.random() < 0.1
            people.append(_person(rng, pid, None if no_org else organisation))
            pid += 1
    assert len(people) == len(seats)
    rng.shuffle(people)
    return people, min_size, max_size


def _check_valid(people, result, min_size, max_size):
    organisation_of = {p.id: p.organisation for p in people}
    assert colleague_conflicts(result.circles, organisation_of) == 0
    for circle in result.circles:
        assert min_size <= len(circle) <= max_size
    placed = [pid for circle in result.circles for pid in circle]
    assert len(placed) == len(set(placed))
    assert set(placed) | set(result.unplaced) == {p.id for p in people}
    assert not set(placed) & set(result.unplaced)


@pytest.mark.parametrize("seed", range(150))
def test_never_puts_colleagues_together_and_places_everyone_when_a_valid_assignment_exists(seed):
    rng = random.Random(seed)
    people, min_size, max_size = _instance(rng, tight=False)

    result = build_circles(people, min_size=min_size, max_size=max_size, seed=seed, iterations=800)

    _check_valid(people, result, min_size, max_size)
    assert result.unplaced == {}


@pytest.mark.parametrize("seed", range(150))
def test_tight_instances_with_few_valid_assignments_are_solved(seed):
    rng = random.Random(10_000 + seed)
    people, min_size, max_size = _instance(rng, tight=True)

    result = build_circles(people, min_size=min_size, max_size=max_size, seed=seed, iterations=800)

    _check_valid(people, result, min_size, max_size)
    assert result.unplaced == {}


def test_round_robin_construction_is_valid_whenever_no_organisation_outnumbers_the_circles():
    rng = random.Random(7)
    for _ in range(300):
        k = rng.randint(1, 10)
        people = [
            Person(id=i, organisation=rng.randrange(1, 30)) for i in range(rng.randint(k, 60))
        ]
        counts = Counter(p.organisation for p in people)
        if max(counts.values()) > k:
            continue
        circles = construct(people, k)
        for circle in circles:
            assert len({people[i].organisation for i in circle}) == len(circle)
        assert max(map(len, circles)) - min(map(len, circles)) <= 1


def test_the_same_sign_ups_and_seed_give_the_same_circles():
    rng = random.Random(3)
    people = [_person(rng, i, rng.randrange(20)) for i in range(60)]

    first = build_circles(people, seed=11, iterations=3000)
    second = build_circles(people, seed=11, iterations=3000)

    assert first.circles == second.circles


def test_fewer_sign_ups_than_the_smallest_circle_leaves_everyone_unplaced():
    people = [Person(id=i, organisation=i) for i in range(3)]

    result = build_circles(people, min_size=4, max_size=8)

    assert result.circles == []
    assert result.unplaced == {0: UNPLACED_TOO_FEW, 1: UNPLACED_TOO_FEW, 2: UNPLACED_TOO_FEW}


def test_colleagues_beyond_the_number_of_circles_are_left_out_with_that_reason():
    # 8 people, circles of 4: at most two circles, so only two of the five colleagues fit.
    people = [Person(id=i, organisation=1) for i in range(5)]
    people += [Person(id=10 + i, organisation=100 + i) for i in range(6)]

    result = build_circles(people, min_size=4, max_size=4, iterations=500)

    _check_valid(people, result, 4, 4)
    assert len(result.circles) == 2
    assert sorted(result.unplaced.values()) == [UNPLACED_COLLEAGUES] * 3
    assert set(result.unplaced) == {2, 3, 4}  # the latest sign-ups of that organisation


def test_a_remainder_that_no_circle_size_can_take_is_listed_as_unplaced():
    # 11 people, circles of 4–5: two circles take 10, three would need 12.
    people = [Person(id=i, organisation=i) for i in range(11)]

    result = build_circles(people, min_size=4, max_size=5, iterations=500)

    _check_valid(people, result, 4, 5)
    assert result.unplaced == {10: UNPLACED_SIZES}


def test_only_colleagues_cannot_form_a_circle():
    people = [Person(id=i, organisation=1) for i in range(6)]

    result = build_circles(people, min_size=4, max_size=8)

    assert result.circles == []
    assert set(result.unplaced.values()) == {UNPLACED_COLLEAGUES}


def test_two_hundred_sign_ups_are_formed_in_a_few_seconds():
    rng = random.Random(200)
    people = [_person(rng, i, rng.randrange(70)) for i in range(200)]

    started = time.perf_counter()
    result = build_circles(people, min_size=4, max_size=8)
    seconds = time.perf_counter() - started

    _check_valid(people, result, 4, 8)
    assert result.unplaced == {}
    assert seconds < 6
    assert result.score >= 60


def test_annealing_improves_the_fit_over_the_round_robin_start():
    rng = random.Random(5)
    people = [_person(rng, i, rng.randrange(40)) for i in range(48)]

    start = build_circles(people, min_size=4, max_size=8, iterations=0)
    improved = build_circles(people, min_size=4, max_size=8, iterations=20_000)

    assert improved.score > start.score


def test_fit_report_names_shared_themes_common_times_and_experience_spread():
    people = [
        Person(1, 1, frozenset({"feedback", "burnout"}), 0, frozenset({"tue-pm", "wed-am"})),
        Person(2, 2, frozenset({"feedback"}), 1, frozenset({"tue-pm"})),
        Person(3, 3, frozenset({"feedback", "burnout"}), 3, frozenset({"tue-pm", "fri-ev"})),
        Person(4, 4, frozenset({"change"}), 3, frozenset({"tue-pm"})),
    ]

    fit = circle_fit(people)

    assert fit.shared_themes == [("feedback", 3), ("burnout", 2)]
    assert fit.common_slots == ["tue-pm"]
    assert fit.experience == [1, 1, 0, 2]
    assert 0 <= fit.score <= 100
    assert fit.colleague_pairs == 0
