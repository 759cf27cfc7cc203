"""The board in a real browser (Debian's chromium, headless, driven by Selenium): sign in,
open a period, see a late province in its colour, download the national Excel."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hrdesk.central.service import Centre
from tests.central.board_setup import PASSWORD, PERIOD, Scene, build_scene
from tests.central.conftest import LiveServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = [
    pytest.mark.skipif(
        CHROMIUM is None or DRIVER is None,
        reason="Debian's chromium and chromium-driver are not installed",
    ),
    pytest.mark.parametrize("database", ["sqlite"], indirect=True),
]
LATE_COLOUR = "rgba(240, 162, 2, 1)"  # .state-late in base.html


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=vi"):
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))  # type: ignore[arg-type]
    driver.downloads = downloads  # type: ignore[attr-defined]
    yield driver
    driver.quit()


def test_officer_sees_late_province_and_downloads_national_excel(
    browser: object, server: LiveServer, centre: Centre, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    scene: Scene = build_scene(centre, tmp_path / "packages")
    driver = browser
    driver.get(f"{server.url}/board")  # type: ignore[attr-defined]
    assert "/board/signin" in driver.current_url  # type: ignore[attr-defined]
    driver.find_element(By.ID, "name").send_keys("lan")  # type: ignore[attr-defined]
    driver.find_element(By.ID, "password").send_keys(PASSWORD)  # type: ignore[attr-defined]
    driver.find_element(By.ID, "submit").click()  # type: ignore[attr-defined]
    period = driver.find_element(By.ID, "period")  # type: ignore[attr-defined]
    period.clear()
    period.send_keys(PERIOD)
    driver.find_element(By.ID, "show").click()  # type: ignore[attr-defined]
    # The click starts a navigation; on a loaded machine the URL changes a moment later.
    WebDriverWait(driver, 20).until(lambda d: f"period={PERIOD}" in d.current_url)
    cell = driver.find_element(  # type: ignore[attr-defined]
        By.CSS_SELECTOR, 'tr[data-province="Đà Nẵng"] td.state'
    )
    assert cell.text == "Chậm"
    assert cell.value_of_css_property("background-color") == LATE_COLOUR
    driver.find_element(By.ID, "national-xlsx").click()  # type: ignore[attr-defined]
    target = driver.downloads / f"tong-hop-toan-quoc-{PERIOD}.xlsx"  # type: ignore[attr-defined]
    deadline = time.monotonic() + 30
    while not target.exists():
        assert time.monotonic() < deadline, list(driver.downloads.iterdir())  # type: ignore[attr-defined]
        time.sleep(0.2)
    sheet = load_workbook(target)["Đơn thư theo lĩnh vực"]
    total = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "Tổng cộng")
    counted = [scene.stats[p] for p in ("Gia Lai", "Đà Nẵng", "Huế")]
    assert total[3] == sum(s.petitions.received for s in counted)  # after "carried over"
    land = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "Đất đai")
    assert land[3] == sum(s.by_field["land"].received for s in counted if "land" in s.by_field)
