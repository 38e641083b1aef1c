"""The world café seating planner (events.planner): pure Python, no database."""

import itertools
import time
from collections import Counter

import pytest

from events.planner import Participant, lower_bound_repeats, plan_seating, table_sizes


def people(count, *, organisations=None):
    return [
        Participant(id=100 + i, organisation=None if organisations is None else i % organisations)
        for i in range(count)
    ]


def meetings(plan) -> Counter:
    met = Counter()
    for tables in plan.rounds:
        for members in tables:
            for a, b in itertools.combinations(sorted(members), 2):
                met[a, b] += 1
    return met


def repeats(plan) -> int:
    return sum(count - 1 for count in meetings(plan).values())


def assert_valid(plan, participants, *, tables, rounds, hosts=None):
    """Every round seats everyone exactly once, tables differ by at most one, hosts stay."""
    ids = sorted(p.id for p in participants)
    assert len(plan.rounds) == rounds
    for seating in plan.rounds:
        assert len(seating) == tables
        assert sorted(pid for members in seating for pid in members) == ids
        sizes = [len(members) for members in seating]
        assert max(sizes) - min(sizes) <= 1
        for table, host in (hosts or {}).items():
            assert host in seating[table]
    assert plan.repeated_pairs == repeats(plan)


@pytest.mark.parametrize(
    ("count", "tables", "rounds"),
    [(9, 3, 4), (16, 4, 5), (25, 5, 6)],
    ids=["9-3-4", "16-4-5", "25-5-6"],
)
def test_affine_plane_cases_get_a_plan_without_repeats(count, tables, rounds):
    # An affine plane of order q seats q² people at q tables for q + 1 rounds, no pair twice.
    participants = people(count)

    plan = plan_seating(participants, tables=tables, rounds=rounds)

    assert_valid(plan, participants, tables=tables, rounds=rounds)
    assert plan.repeated_pairs == 0
    assert plan.average_new_people == count - 1


def test_twelve_people_at_three_tables_for_three_rounds_reach_the_proven_minimum():
    # Four people at a table but only three tables in the round before: two of them sat
    # together then (pigeonhole). So rounds 2 and 3 each have a repeat at every table: >= 6.
    participants = people(12)

    plan = plan_seating(participants, tables=3, rounds=3, seconds=0.5)

    assert_valid(plan, participants, tables=3, rounds=3)
    assert plan.repeated_pairs == 6


def test_eighty_people_ten_tables_four_rounds_with_hosts_in_under_two_seconds():
    participants = people(80)
    hosts = {table: participants[table * 8].id for table in range(10)}

    started = time.perf_counter()
    plan = plan_seating(participants, tables=10, rounds=4, hosts=hosts, seconds=1.5)
    wall = time.perf_counter() - started

    assert wall < 2.0
    assert_valid(plan, participants, tables=10, rounds=4, hosts=hosts)
    # Each person can meet 28 others; a repeat-free plan exists and is usually found, but the
    # search is bounded by time, so on a loaded machine a few repeats may remain.
    assert plan.repeated_pairs <= 6
    assert plan.average_new_people >= 27.5


def test_hosts_stay_at_their_tables_every_round():
    participants = people(20)
    hosts = {0: participants[5].id, 3: participants[0].id}

    plan = plan_seating(participants, tables=4, rounds=3, hosts=hosts, seconds=0.3)

    assert_valid(plan, participants, tables=4, rounds=3, hosts=hosts)
    assert plan.schedule[participants[5].id] == [0, 0, 0]
    assert plan.schedule[participants[0].id] == [3, 3, 3]


def test_uneven_numbers_give_tables_that_differ_by_at_most_one():
    participants = people(11)

    plan = plan_seating(participants, tables=3, rounds=2, seconds=0.3)

    assert_valid(plan, participants, tables=3, rounds=2)
    assert sorted(len(members) for members in plan.rounds[0]) == [3, 4, 4]


@pytest.mark.parametrize(
    ("count", "tables", "rounds", "host_tables"),
    [
        (4, 2, 4, 0),
        (7, 2, 4, 0),
        (8, 2, 5, 0),
        (10, 3, 3, 0),
        (12, 3, 3, 0),
        (6, 2, 3, 2),
        (13, 4, 5, 2),
        (24, 4, 4, 4),
    ],
)
def test_lower_bound_is_never_above_the_result(count, tables, rounds, host_tables):
    participants = people(count)
    hosts = {table: participants[table].id for table in range(host_tables)}

    plan = plan_seating(participants, tables=tables, rounds=rounds, hosts=hosts, seconds=0.2)

    assert plan.lower_bound_repeated_pairs <= plan.repeated_pairs


def test_lower_bound_counts_meetings_beyond_all_possible_pairs():
    # 4 people, 2 tables of 2, 4 rounds: 8 meetings but only 6 pairs, so at least 2 repeats.
    assert lower_bound_repeats(4, 2, 4, [0, 0]) == 2


def test_two_hosts_at_one_table_repeat_every_round_after_the_first():
    assert lower_bound_repeats(8, 2, 3, [2, 0]) >= 2


def test_forced_repeats_are_met_exactly():
    participants = people(4)

    plan = plan_seating(participants, tables=2, rounds=4)

    assert plan.repeated_pairs == plan.lower_bound_repeated_pairs == 2


def test_colleagues_are_not_seated_together_when_it_is_possible():
    # 12 people from 4 organisations of 3, 3 tables of 4: one of each organisation per table.
    participants = people(12, organisations=4)

    plan = plan_seating(participants, tables=3, rounds=1)

    organisation = {p.id: p.organisation for p in participants}
    for members in plan.rounds[0]:
        assert len({organisation[pid] for pid in members}) == len(members)
    assert plan.same_organisation_pairs == 0


def test_colleagues_are_counted_when_they_cannot_be_kept_apart():
    # Four colleagues at two tables of two: two pairs of colleagues whatever the plan.
    participants = [Participant(id=i, organisation=7) for i in range(4)]

    plan = plan_seating(participants, tables=2, rounds=1, seconds=0.2)

    assert plan.same_organisation_pairs == 2


def test_average_new_people_matches_a_hand_count_for_one_round():
    # 5 people at tables of 3 and 2: three people meet 2, two people meet 1 -> 8 / 5.
    plan = plan_seating(people(5), tables=2, rounds=1)

    assert plan.average_new_people == pytest.approx(8 / 5)


def test_average_new_people_counts_each_person_met_once():
    # 4 people at two tables of 2 for 4 rounds: everyone meets the 3 others, one of them twice.
    plan = plan_seating(people(4), tables=2, rounds=4)

    assert plan.average_new_people == 3
    met = meetings(plan)
    by_person = Counter()
    for a, b in met:
        by_person[a] += 1
        by_person[b] += 1
    assert plan.average_new_people == sum(by_person.values()) / 4


def test_table_sizes_spread_people_evenly():
    assert table_sizes(11, 3) == [4, 4, 3]
    assert table_sizes(80, 10) == [8] * 10


@pytest.mark.parametrize(
    ("participants", "options", "message"),
    [
        (people(3), {"tables": 4, "rounds": 2}, "more tables than people"),
        (people(8), {"tables": 2, "rounds": 2, "hosts": {0: 999}}, "host"),
        (people(8), {"tables": 2, "rounds": 2, "hosts": {5: 100}}, "host"),
        (
            [Participant(id=1), Participant(id=1), Participant(id=2)],
            {"tables": 1, "rounds": 1},
            "twice",
        ),
        (people(8), {"tables": 2, "rounds": 0}, "round"),
        (people(8), {"tables": 0, "rounds": 2}, "table"),
    ],
    ids=[
        "more-tables-than-people",
        "host-not-a-participant",
        "host-at-a-missing-table",
        "duplicate-ids",
        "no-rounds",
        "no-tables",
    ],
)
def test_invalid_input_raises_value_error(participants, options, message):
    with pytest.raises(ValueError, match=message):
        plan_seating(participants, **options)
