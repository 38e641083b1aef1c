"""World café planner benchmark: 80 people, 10 tables (hosts stay), 4 rounds.

Run: .venv/bin/python bench/planner.py   (no database needed)
Prints wall time and plan quality for several seeds and a few harder cases.
"""

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from events.planner import Participant, plan_seating  # noqa: E402

ROLES = [
    "hr_director",
    "hr_business_partner",
    "payroll_manager",
    "payroll_administrator",
    "hr_systems",
    "recruiter",
    "consultant",
    "line_manager",
    "student",
    "other",
]


def world_cafe(seed: int, people: int = 80, organisations: int = 25):
    rng = random.Random(seed)
    return [
        Participant(i, organisation=rng.randrange(organisations), role=rng.choice(ROLES))
        for i in range(people)
    ]


def run(label, participants, tables, rounds, hosts, seconds=1.5):
    started = time.perf_counter()
    plan = plan_seating(participants, tables=tables, rounds=rounds, hosts=hosts, seconds=seconds)
    wall = time.perf_counter() - started
    return wall, plan


def main():
    rows = []
    walls = []
    for seed in range(5):
        wall, plan = run("80/10/4", world_cafe(seed), 10, 4, {t: t for t in range(10)})
        walls.append(wall)
        rows.append((f"80 people, 10 tables, 4 rounds (seed {seed})", wall, plan))
    for label, people, tables, rounds in (
        ("9/3/4 (affine plane)", 9, 3, 4),
        ("16/4/5 (affine plane)", 16, 4, 5),
        ("25/5/6 (affine plane)", 25, 5, 6),
        ("120/12/5", 120, 12, 5),
    ):
        wall, plan = run(
            label, [Participant(i, organisation=i % 30) for i in range(people)], tables, rounds, {}
        )
        rows.append((label, wall, plan))
    print(
        f"{'case':46} {'wall s':>7} {'repeats':>8} {'bound':>6} {'colleagues':>10} {'new met':>8}"
    )
    for label, wall, plan in rows:
        print(
            f"{label:46} {wall:7.3f} {plan.repeated_pairs:8} {plan.lower_bound_repeated_pairs:6} "
            f"{plan.same_organisation_pairs:10} {plan.average_new_people:8.1f}"
        )
    print(
        f"\n80/10/4: median {statistics.median(walls):.3f} s, max {max(walls):.3f} s (target < 2 s)"
    )


if __name__ == "__main__":
    main()
