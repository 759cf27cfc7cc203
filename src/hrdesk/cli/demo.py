"""`hrdesk demo`: make (or reuse) a demo profile with realistic synthetic data."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hrdesk.cli.said import say
from hrdesk.profile import ENV_HOME, Profile, default_root

if TYPE_CHECKING:
    from hrdesk.signin import Desk

DEMO_USER = "demo"
DEMO_PASSWORD = "demo"
# Where the computer has no keyring, the demo office's signing key is kept under the demo
# password too: one secret to type (HRDESK_KEY_PASSPHRASE on the command line).
DEMO_KEY_PASSPHRASE = DEMO_PASSWORD


def demo_profile(args: argparse.Namespace) -> Profile:
    """The profile named by --profile or HRDESK_HOME, else a demo folder per size."""
    if getattr(args, "profile", None) or os.environ.get(ENV_HOME):
        return Profile.resolve(getattr(args, "profile", None))
    return Profile(default_root() / f"demo-{args.size}")


def has_display() -> bool:
    """Whether Qt can open a window here (without this check Qt aborts the process)."""
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_demo(args: argparse.Namespace, profile: Profile, size: str, seed: int) -> None:
    """Create the demo profile (administrator demo, password demo) and fill it."""
    from hrdesk.demo import build_demo
    from hrdesk.signin import create_profile

    say(args, "said.demo_making", out=sys.stderr, size=size, path=profile.root)
    desk = create_profile(
        profile,
        username=DEMO_USER,
        password=DEMO_PASSWORD,
        full_name="Cán bộ trình diễn",
        min_password=len(DEMO_PASSWORD),
    )
    try:
        summary = build_demo(
            desk.store,
            size=size,
            seed=seed,
            handler_officer_id=desk.actor.officer_id,
            progress=_progress,
        )
        _make_office_key(desk)
    finally:
        # A fresh demo needs no backup (copying a national store would take minutes).
        desk.close(backup=False)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    say(
        args,
        "said.demo_ready",
        out=sys.stderr,
        seconds=f"{summary.seconds:.0f}",
        agencies=summary.agencies,
        members=summary.members,
        tasks=summary.tasks,
        petitions=summary.petitions,
        steps=summary.petition_steps,
        trainings=summary.trainings,
        meetings=summary.meetings,
    )
    say(args, "said.demo_sign_in", out=sys.stderr, user=DEMO_USER, password=DEMO_PASSWORD)
    _say_secrets(args, profile)


def _make_office_key(desk: Desk) -> None:
    """The demo office's signing key: in the keyring, or under the demo password."""
    from hrdesk.bundles.keys import ensure_signer

    with desk.store.transaction(desk.actor) as session:
        ensure_signer(session, DEMO_KEY_PASSPHRASE, minimum=len(DEMO_KEY_PASSPHRASE))


def _say_secrets(args: argparse.Namespace, profile: Profile) -> None:
    """How to run the demo's commands headless: the password, and the key's passphrase
    where the key is not in a keyring."""
    from hrdesk.bundles.keys import office_key

    key = office_key(profile)
    variables = f"HRDESK_PASSPHRASE={DEMO_PASSWORD}"
    if key is not None and key.storage == "passphrase":
        say(args, "said.demo_no_keyring", out=sys.stderr, passphrase=DEMO_KEY_PASSPHRASE)
        variables += f" HRDESK_KEY_PASSPHRASE={DEMO_KEY_PASSPHRASE}"
    say(args, "said.demo_headless", out=sys.stderr, variables=variables, path=profile.root)


def run_demo(args: argparse.Namespace) -> int:
    profile = demo_profile(args)
    if profile.exists:
        say(
            args,
            "said.demo_reused",
            out=sys.stderr,
            path=profile.root,
            user=DEMO_USER,
            password=DEMO_PASSWORD,
        )
        _say_secrets(args, profile)
    else:
        make_demo(args, profile, args.size, args.seed)
    if args.no_window or not has_display():
        if not args.no_window:
            say(args, "said.no_display", out=sys.stderr)
        print(profile.root)
        for path in _documents(profile):
            print(path)
        return 0
    from hrdesk.ui.app import run

    return run(str(profile.root), getattr(args, "lang", None), hint=(DEMO_USER, DEMO_PASSWORD))


def _documents(profile: Profile) -> list[Path]:
    """Without a window the demo shows itself as documents: minutes, report, package."""
    from hrdesk.demo.outputs import produce
    from hrdesk.signin import sign_in

    desk = sign_in(profile, DEMO_USER, DEMO_PASSWORD)
    try:
        return produce(desk, DEMO_KEY_PASSPHRASE)
    finally:
        desk.close(backup=False)


def _progress(stage: str, fraction: float) -> None:
    if sys.stderr.isatty():
        print(f"\r{stage} {fraction:4.0%}   ", end="", file=sys.stderr, flush=True)
