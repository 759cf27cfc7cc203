"""`hrdesk demo`: make (or reuse) a demo profile with realistic synthetic data."""

from __future__ import annotations

import argparse
import os
import sys

from hrdesk.cli.context import cli_actor
from hrdesk.profile import ENV_HOME, Profile, default_root


def demo_profile(args: argparse.Namespace) -> Profile:
    """The profile named by --profile or HRDESK_HOME, else a demo folder per size."""
    if args.profile or os.environ.get(ENV_HOME):
        return Profile.resolve(args.profile)
    return Profile(default_root() / f"demo-{args.size}")


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_demo(args: argparse.Namespace) -> int:
    from hrdesk.demo import build_demo
    from hrdesk.services.office import get_office
    from hrdesk.store.database import Store

    profile = demo_profile(args)
    with Store.open(profile) as store:
        with store.reader(cli_actor()) as session:
            office = get_office(session)
        if office is None:
            print(f"making the {args.size} demo profile in {profile.root} …", file=sys.stderr)
            summary = build_demo(store, size=args.size, seed=args.seed, progress=_progress)
            print(
                f"demo ready: {summary.agencies} agencies, {summary.members} members, "
                f"{summary.tasks} tasks, {summary.petitions} petitions "
                f"({summary.petition_steps} steps), {summary.trainings} trainings, "
                f"{summary.meetings} meetings in {summary.seconds:.1f} s",
                file=sys.stderr,
            )
        else:
            print(f"reusing the demo profile in {profile.root}", file=sys.stderr)
    if args.no_window or not has_display():
        if not args.no_window:
            print("no display: the window cannot open here", file=sys.stderr)
        print(profile.root)
        return 0
    print("the window is not part of this version yet; the profile is ready", file=sys.stderr)
    print(profile.root)
    return 0


def _progress(stage: str, fraction: float) -> None:
    if sys.stderr.isatty():
        print(f"\r{stage} {fraction:4.0%}   ", end="", file=sys.stderr, flush=True)
