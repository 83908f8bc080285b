"""The HTML digest in a real browser: headless Chromium renders it (screenshot in artifacts/) and its
DOM holds no script and shows the seed's injected markup only as text."""
from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from stancewatch.digest import write_digest
from storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (`make install` installs Debian's chromium when run as root with apt-get); "
           "browser check skipped",
)


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def digest_html(tmp_path_factory):
    from tests.support.sample_data import seed_demo_database

    tmp = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{tmp}/demo.db"
    seed_demo_database(url)
    store = Store(url)
    try:
        return write_digest(store, "2025-W32", "html", tmp / "digest-2025-W32.html")
    finally:
        store.close()


def test_screenshot_is_written_and_not_blank(digest_html, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "digest.png"
    shot.unlink(missing_ok=True)
    r = chromium(f"--screenshot={shot}", "--window-size=1200,2000", digest_html.as_uri(), profile=tmp_path / "p")
    assert r.returncode == 0 and shot.exists(), r.stderr[-2000:]
    assert shot.stat().st_size > 20_000
    with Image.open(shot) as img:
        assert img.size == (1200, 2000)
        rgb = img.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 100  # text, stance badges and the chart
        inked = sum(n for n, c in colours if c != (255, 255, 255)) / (1200 * 2000)
        assert 0.01 < inked < 0.6
        # the stance badges' colours are on the page: the CSS was applied
        palette = {c for _, c in colours}
        assert {(46, 125, 50), (198, 40, 40), (249, 168, 37)} & palette


class DomSummary(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_dom_has_no_script_and_markup_stays_text(digest_html, tmp_path):
    r = chromium("--dump-dom", digest_html.as_uri(), profile=tmp_path / "p")
    assert r.returncode == 0 and "</html>" in r.stdout, r.stderr[-2000:]
    dom = DomSummary()
    dom.feed(r.stdout)
    tags = [t for t, _ in dom.tags]
    assert "script" not in tags and "b" not in tags and "iframe" not in tags
    imgs = [a for t, a in dom.tags if t == "img"]
    assert len(imgs) == 1 and imgs[0]["src"].startswith("data:image/svg+xml;base64,")
    assert not [a for _, attrs in dom.tags for a in attrs if a.startswith("on")]
    assert not [a for t, a in dom.tags if t == "a" and not a.get("href", "").startswith(("https://", "#"))]
    text = " ".join(dom.text)
    assert "<img src=x onerror=alert(1)> Google may still reconsider." in text
    assert "<b>Anon</b>" in text and "Anthropic" in text
