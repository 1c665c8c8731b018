#!/usr/bin/python3
# Prints, as JSON, the accessibility tree AT-SPI exposes for one application: what a screen reader
# such as Orca reads (role, name, whether it is on screen, a slider's value). Usage:
# atspi_tree.py APPLICATION_NAME (the application must run on the same accessibility bus).
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def node(accessible, depth):
    states = accessible.get_state_set()
    entry = {
        "role": accessible.get_role_name(),
        "name": accessible.get_name() or "",
        "showing": states.contains(Atspi.StateType.SHOWING),
    }
    if "Value" in accessible.get_interfaces():
        entry["value"] = accessible.get_current_value()
        entry["maximum"] = accessible.get_maximum_value()
    if depth < 40:
        count = accessible.get_child_count()
        entry["children"] = [node(accessible.get_child_at_index(i), depth + 1)
                             for i in range(min(count, 400))]
    return entry


def find(name):
    desktop = Atspi.get_desktop(0)
    for index in range(desktop.get_child_count()):
        application = desktop.get_child_at_index(index)
        if application is not None and application.get_name() == name:
            return application
    return None


# The application registers with the bus a moment after its window shows.
for _ in range(100):
    found = find(sys.argv[1])
    if found is not None:
        json.dump(node(found, 0), sys.stdout)
        sys.exit(0)
    time.sleep(0.2)
sys.exit("no application %r on the accessibility bus" % sys.argv[1])
