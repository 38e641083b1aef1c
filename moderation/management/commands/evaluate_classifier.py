"""Precision and recall of the spam/promotion/job classifier on a labelled set (k-fold)."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand

from moderation import services
from moderation.classifier import LABELS


class Command(BaseCommand):
    help = "Evaluate the post classifier by cross-validation on a labelled JSONL file."

    def add_arguments(self, parser):
        parser.add_argument("--data", default=str(settings.MODERATION_TRAINING_DATA))
        parser.add_argument("--folds", type=int, default=5)
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print the report as JSON"
        )

    def handle(self, *args, data, folds, as_json=False, **options):
        examples = services.load_labelled_posts(data)
        report = services.evaluate(examples, folds=folds)
        if as_json:
            self.stdout.write(json.dumps(report, indent=2))
            return
        self.stdout.write(f"{len(examples)} labelled posts, {folds}-fold cross-validation\n")
        self.stdout.write(f"{'class':<11}{'precision':>10}{'recall':>9}{'support':>9}")
        for label in LABELS:
            row = report[label]
            self.stdout.write(
                f"{label:<11}{row['precision']:>10.3f}{row['recall']:>9.3f}{row['support']:>9}"
            )
        self.stdout.write(f"accuracy {report['accuracy']:.3f}")
