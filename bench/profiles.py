"""The benchmarks' profiles: encrypted stores filled by the demo generator, built once and
kept under bench/cache/ (a national store takes minutes to make).

Both are made through the same path, `build_demo(size="national")`: the national one with
its million petitions, the small one with 1,000. The account is demo/demo, its key slot
wrapped with a cheaper scrypt than an officer's (slots record their own parameters), so
signing in to a bench profile costs milliseconds, not the password's half second.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

CACHE = Path(__file__).resolve().parent / "cache"
USER, PASSWORD = "demo", "demo"
AS_OF = date(2026, 11, 20)  # the demo's "today", pinned so every run sees the same figures
SEED = 7
BENCH_SCRYPT_N = 2**10


def bench_options():
    """The bench's store options: today pinned to AS_OF, the key slot cheap to unlock."""
    from hrdesk.store.options import ScryptCost, StoreOptions

    return StoreOptions(today=lambda: AS_OF, scrypt=ScryptCost(n=BENCH_SCRYPT_N))


@dataclass(frozen=True)
class BenchProfile:
    name: str
    root: Path
    petitions: int
    steps: int
    build_seconds: float
    built_now: bool

    @property
    def store_bytes(self) -> int:
        return (self.root / "hrdesk.db").stat().st_size


def _meta_path(name: str) -> Path:
    return CACHE / f"{name}.json"


def ensure(name: str, petitions: int | None = None, log=print) -> BenchProfile:
    """The cached profile `name` (national: 1,000,000 petitions; else `petitions`),
    built now if it is missing or was left half made."""
    root = CACHE / name
    meta = _meta_path(name)
    if meta.exists() and (root / "hrdesk.db").exists():
        data = json.loads(meta.read_text())
        _migrate_once(root, log)
        return BenchProfile(
            name, root, data["petitions"], data["steps"], data["seconds"], built_now=False
        )
    shutil.rmtree(root, ignore_errors=True)
    meta.unlink(missing_ok=True)
    log(f"building the {name} bench profile in {root} (once; it is cached) …")
    started = time.perf_counter()
    summary = _build(root, petitions, log)
    wall = time.perf_counter() - started  # with the profile made and the store closed
    data = {
        "petitions": summary.petitions,
        "steps": summary.petition_steps,
        "seconds": wall,
        "generator_seconds": summary.seconds,
        "as_of": AS_OF.isoformat(),
        "built": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    meta.write_text(json.dumps(data, indent=1))
    return BenchProfile(name, root, summary.petitions, summary.petition_steps, wall, True)


def _build(root: Path, petitions: int | None, log):
    from hrdesk.demo import build_demo
    from hrdesk.profile import Profile
    from hrdesk.signin import create_profile

    desk = create_profile(
        Profile(root),
        username=USER,
        password=PASSWORD,
        full_name="Cán bộ đo",
        min_password=4,
        options=bench_options(),
    )
    last = [0.0]

    def progress(stage: str, fraction: float) -> None:
        now = time.perf_counter()
        if now - last[0] > 15 or fraction >= 1.0:
            last[0] = now
            log(f"  {stage} {fraction:4.0%}")

    try:
        return build_demo(
            desk.store,
            size="national",
            seed=SEED,
            as_of=AS_OF,
            handler_officer_id=desk.actor.officer_id,
            petitions=petitions,
            progress=progress,
        )
    finally:
        desk.close(backup=False)


def _migrate_once(root: Path, log) -> None:
    """Bring a cached store made by an older schema up to date (once), without the copy the
    store takes before migrating an officer's data: it is a cache, and the copy is gigabytes."""
    from hrdesk.profile import Profile
    from hrdesk.store import migrate

    desk = sign_in_fast(Profile(root), migrate=False)
    try:
        with desk.store.engine.connect() as connection:
            revision = migrate.current_revision(connection)
        if revision == migrate.head_revision():
            return
        log(f"migrating the cached {root.name} profile from {revision} to "
            f"{migrate.head_revision()} …")  # fmt: skip
        started = time.perf_counter()
        migrate.migrate(desk.store.engine, lambda _revision: None)
        log(f"  migrated in {time.perf_counter() - started:.0f} s")
    finally:
        desk.store.close()


def sign_in_fast(profile, migrate: bool = True):
    """A Desk on a bench profile (its cheap key slot), optionally without migrating;
    its today is AS_OF."""
    from hrdesk.signin import Desk, officer_actor, sign_in
    from hrdesk.store.database import Store
    from hrdesk.store.keyfile import KeyFile

    options = bench_options()
    if migrate:
        return sign_in(profile, USER, PASSWORD, options=options)
    keyfile = KeyFile.load(profile.keys_path, options.scrypt)
    store = Store.open(
        profile, keyfile.unwrap(USER, PASSWORD), migrate_schema=False, options=options
    )
    return Desk(store, officer_actor(store, USER), keyfile)


if __name__ == "__main__":
    # python bench/profiles.py [name] — build (or report) a cached profile by itself.
    which = sys.argv[1] if len(sys.argv) > 1 else "national"
    made = ensure(which, None if which == "national" else 1000)
    print(made)
