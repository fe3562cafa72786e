#!/usr/bin/python3
"""Types into Skenario's real window as a teacher does, and checks that every key lands in
the field it was typed in.

Run by scripts/typing-check.sh, inside a D-Bus session with the accessibility bus on and the
editor started on a case of English sentences. AT-SPI says where each widget is; xdotool
moves the pointer there, clicks, and types every text at 30 ms a key. The window is switched
to the language asked for (en or id) first, and all names are that language's. When every
text is typed, the case is saved (Ctrl+S), and the caller reads the file.

Prints one line per step and exits non-zero when one fails.
"""

import subprocess
import sys
import time

from atspi import Atspi, GLib, find_window, focused, name, role, walk

# What the widgets are called, in each window language.
NAMES = {
    "en": {
        "sentence": "Sentence {}:",
        "consequence": "Consequence",
        "objection": "Objection",
        "title": "Title, English",
        "note": "Note (optional), English",
        "statement": "What the objection says, English",
        "walkthrough": "+ Walkthrough",
        "add_step": "Add step from what is shown now",
        "step_title": "Step 1 — Title, English",
        "narration": "Step 1 — Narration, English",
        "save_anyway": "Save anyway",
    },
    "id": {
        "sentence": "Kalimat {}:",
        "consequence": "Akibat",
        "objection": "Keberatan",
        "title": "Judul, bahasa Inggris",
        "note": "Catatan (opsional), bahasa Inggris",
        "statement": "Isi keberatan, bahasa Inggris",
        "walkthrough": "+ Panduan",
        "add_step": "Tambah langkah dari yang tampil sekarang",
        "step_title": "Langkah 1 — Judul, bahasa Inggris",
        "narration": "Langkah 1 — Narasi, bahasa Inggris",
        "save_anyway": "Tetap simpan",
    },
}

# What is typed, and where (the caller checks the saved file for exactly these).
TITLE = "Building starts in April"
NOTE = "Only if the bridge is approved; nothing is decided yet."
STATEMENT = "The vote may fail."
WALKTHROUGH = "The footbridge vote"
STEP_TITLE = "Before Monday"
NARRATION = "Nobody knows yet how the council will vote on the footbridge, Ms. Lund said."

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok










def find(window, wanted, starts=False, field=False, timeout=5.0):
    """The node named `wanted` (or starting with it), waiting for it; with `field`, the text
    field of that name (its language's label beside it is named alike, for a screen reader)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for node in walk(window):
            said = name(node)
            if said == wanted or (starts and said.startswith(wanted)):
                if field and not any(word in role(node) for word in ("text", "entry")):
                    continue
                box = extents(node)
                if box is not None and box.width > 0 and box.height > 0:
                    return node
        time.sleep(0.2)
    return None


def scrolled_into_view(window, wanted, starts=False, field=False):
    """The node, once the panel it is in has been scrolled (with the mouse wheel, as a person
    does) until it lies inside the window."""
    frame = extents(window)
    node = find(window, wanted, starts, field)
    last = None
    for _ in range(30):
        if node is None or frame is None:
            return node
        box = extents(node)
        if box is None:
            node = find(window, wanted, starts, field)
            continue
        top, bottom = frame.y + 60, frame.y + frame.height - 8
        inside = top <= box.y and box.y + box.height <= bottom
        # Scrolled as far as it goes: it is where it is.
        if inside or (box.x, box.y) == last:
            return node
        last = (box.x, box.y)
        x = min(max(box.x + 10, frame.x + 10), frame.x + frame.width - 10)
        y = min(max(box.y, top), bottom - 10)
        xdotool("mousemove", "--sync", str(x), str(y))
        xdotool("click", "5" if box.y + box.height > bottom else "4")
        time.sleep(0.3)
    return node


def extents(node):
    try:
        return node.get_extents(Atspi.CoordType.SCREEN)
    except (GLib.Error, AttributeError):
        return None


def focused_name(window):
    node = focused(window)
    return name(node) if node is not None else None


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def click(window, wanted, starts=False, field=False):
    node = scrolled_into_view(window, wanted, starts, field)
    if not check(node is not None, f"{wanted!r} is on screen"):
        return False
    box = extents(node)
    x, y = box.x + min(box.width // 2, 40), box.y + box.height // 2
    xdotool("mousemove", "--sync", str(x), str(y))
    time.sleep(0.3)
    xdotool("click", "1")
    time.sleep(0.6)
    return True


def wait_focus(window, wanted, timeout=3.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if focused_name(window) == wanted:
            return True
        time.sleep(0.1)
    return False


def type_text(text):
    # 30 ms a key, as a quick typist; the window must keep up.
    xdotool("type", "--delay", "30", text)
    time.sleep(0.8)


def type_into(window, field, text, click_first=True):
    if click_first and not click(window, field, field=True):
        return
    if check(wait_focus(window, field), f"{field!r} has the keyboard"):
        type_text(text)
        check(focused_name(window) == field, f"{field!r} kept the keyboard while typed into")


def main():
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    words = NAMES[language]
    window = find_window(40)
    if not check(window is not None, "the editor's window is in the accessibility tree"):
        return
    window_id = subprocess.run(
        ["xdotool", "search", "--name", "Skenario"], capture_output=True, text=True, check=True
    ).stdout.split()[0]
    xdotool("windowactivate", "--sync", window_id)
    xdotool("windowsize", "--sync", window_id, "1580", "1150")
    xdotool("windowmove", "--sync", window_id, "0", "0")
    time.sleep(1.0)
    if language == "id":
        xdotool("key", "ctrl+l")
        time.sleep(1.0)

    # A consequence from sentence 3: its form opens with the keyboard in its title.
    click(window, words["sentence"].format(3), starts=True)
    click(window, words["consequence"])
    type_into(window, words["title"], TITLE, click_first=False)
    type_into(window, words["note"], NOTE)

    # An objection from sentence 5.
    click(window, words["sentence"].format(5), starts=True)
    click(window, words["objection"])
    type_into(window, words["statement"], STATEMENT, click_first=False)

    # A walkthrough and its first step.
    click(window, words["walkthrough"])
    type_into(window, words["title"], WALKTHROUGH, click_first=False)
    click(window, words["add_step"])
    type_into(window, words["step_title"], STEP_TITLE, click_first=False)
    type_into(window, words["narration"], NARRATION)

    # Saved over its file: the case was written by `skenario new`, with comments of its own,
    # so the window asks first.
    xdotool("key", "--delay", "100", "Escape", "ctrl+s")
    time.sleep(1.0)
    click(window, words["save_anyway"])
    time.sleep(1.5)


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # a broken bus or tree is a failure, said plainly
        check(False, f"driving the window failed: {error!r}")
    print(f"{len(failures)} check(s) failed" if failures else "all checks passed")
    sys.exit(1 if failures else 0)
