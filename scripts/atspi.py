"""What the window checks that read it through AT-SPI share: walking the window's tree as a
screen reader does, names and roles, and finding the window and the focused node.

Imported by scripts/screen_reader.py and scripts/typing_check.py (the system Python, which has
python3-gi).
"""

import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402,F401


def walk(node, depth=0):
    """Every node under `node`, depth first (the window's tree is a few thousand nodes).

    The window drops nodes as it scrolls and moves focus; a node that goes while it is being
    read is skipped, as a screen reader skips it, rather than ending the check."""
    if node is None or depth > 60:
        return
    try:
        children = [node.get_child_at_index(i) for i in range(node.get_child_count())]
    except GLib.Error:
        return
    yield node
    for child in children:
        yield from walk(child, depth + 1)


def role(node):
    try:
        return node.get_role_name()
    except GLib.Error:
        return ""


def name(node):
    try:
        return node.get_name() or ""
    except GLib.Error:
        return ""


def find_window(timeout):
    """Skenario's window on the accessibility bus, waiting for it up to `timeout` seconds."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is None:
                continue
            for k in range(app.get_child_count()):
                window = app.get_child_at_index(k)
                if window is not None and "Skenario" in name(window):
                    return window
        time.sleep(0.5)
    return None


def focused(window):
    """The node that has the keyboard, if any."""
    for node in walk(window):
        try:
            if node.get_state_set().contains(Atspi.StateType.FOCUSED):
                return node
        except GLib.Error:
            continue
    return None
