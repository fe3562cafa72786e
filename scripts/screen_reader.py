#!/usr/bin/python3
"""Reads Skenario's window through AT-SPI, the accessibility API the Orca screen reader uses,
and checks what a blind student would hear: a named window, headings, groups of choices,
named dividers, menu items without keys in their names, every sentence reachable with Tab,
and an announcement after a condition changes.

Run by scripts/screen-reader-check.sh inside a D-Bus session with the accessibility bus on and
the window started; prints one line per check and exits non-zero when one fails.
"""

import subprocess
import sys
import time

from atspi import Atspi, find_window, focused, name, role, walk

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)












def focus_after_tab(window, before, timeout=3.0):
    """Presses Tab and waits until focus has moved off `before` (the name focus had), so that a
    slow frame cannot fold two presses into one reading."""
    key(["Tab"])
    deadline = time.time() + timeout
    while True:
        time.sleep(0.05)
        node = focused(window)
        now = name(node) if node is not None else None
        if now != before or time.time() > deadline:
            return now


def key(keys):
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)


def main():
    window = find_window(40)
    check(window is not None, "the window is in the accessibility tree, named after its title")
    if window is None:
        return
    nodes = list(walk(window))
    print(f"     {len(nodes)} nodes; window: {name(window)!r}")
    check(name(window).endswith("— Skenario"), "the window's name is its title")

    headings = {name(n) for n in nodes if role(n) == "heading"}
    check({"Conditions", "Article"} <= headings, f"panels are headings: {sorted(headings)}")
    check(any(h.startswith("Follows (") for h in headings), "'Follows (n)' is a heading")

    # AccessKit's radio group reaches AT-SPI as a panel, named, holding the radio buttons.
    groups = [n for n in nodes if role(n) in ("panel", "radio group", "grouping")]
    ceasefire = [g for g in groups if name(g) == "Ceasefire or peace agreement reached"]
    check(len(ceasefire) == 1, "the ceasefire's switches are one named group")
    if ceasefire:
        radios = [n for n in walk(ceasefire[0]) if role(n) == "radio button"]
        check(
            [name(r) for r in radios]
            == [
                "Ceasefire or peace agreement reached: Yes",
                "Ceasefire or peace agreement reached: No",
                "Ceasefire or peace agreement reached: Unknown",
            ],
            "the group holds Yes, No and Unknown",
        )

    # A divider reaches AT-SPI as a separator.
    splitters = sorted(
        name(n) for n in nodes if role(n) in ("separator", "split pane") and name(n)
    )
    check(
        splitters == ["Resize the article panel", "Resize the conditions panel"],
        f"each divider is named for its panel: {splitters}",
    )
    check(
        not any("Ctrl+" in name(n) for n in nodes),
        "no name carries its keys",
    )

    # Tab from the start of the window: every sentence of the article is reached.
    window_id = subprocess.run(
        ["xdotool", "search", "--name", "Skenario"], capture_output=True, text=True, check=True
    ).stdout.split()[0]
    subprocess.run(["xdotool", "windowactivate", "--sync", window_id], check=False)
    subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=False)
    sentences = set()
    now = None
    for _ in range(120):
        now = focus_after_tab(window, now)
        if now is not None and now.startswith("Sentence ") and ", evidence" not in now:
            sentences.add(now.split(":")[0])
    check(len(sentences) == 21, f"Tab reaches all 21 sentences ({len(sentences)} reached)")

    # A condition switched through AT-SPI's own action, as Orca does: the status line says
    # what now follows.
    yes = [n for n in walk(window) if name(n) == "Ceasefire or peace agreement reached: Yes"]
    check(len(yes) == 1, "the ceasefire's Yes is there")
    if yes:
        yes[0].do_action(0)
        time.sleep(1.0)
        said = [name(n) for n in walk(window) if role(n) == "status bar" or role(n) == "status"]
        print(f"     status: {said}")
        check(
            any(s.startswith("3 now follow: ") for s in said),
            "after Yes, the status line says what now follows",
        )


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # a broken bus or tree is a failure, said plainly
        check(False, f"reading the tree failed: {error!r}")
    print(f"{len(failures)} check(s) failed" if failures else "all checks passed")
    sys.exit(1 if failures else 0)
