"""The Linux desktop entry, the AppStream metainfo and the app icons: present, consistent and valid."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.tandem.Tandem"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_svg_icon_and_every_png_size_are_there() -> None:
    assert ET.parse(ICONS / "tandem.svg").getroot().tag == "{http://www.w3.org/2000/svg}svg"
    for size in PNG_SIZES:
        assert png_size(ICONS / f"tandem-{size}.png") == (size, size)


def test_the_windows_and_macos_icons_the_spec_names_are_there() -> None:
    assert (ICONS / "tandem.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "tandem.icns").read_bytes()[:4] == b"icns"


def test_the_desktop_entry_and_the_metainfo_name_the_same_app() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == "tandem"

    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == "tandem"


def _validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return found


def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(
        [_validator("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower()


def test_the_metainfo_validates() -> None:
    done = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
