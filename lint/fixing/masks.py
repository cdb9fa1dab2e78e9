"""Mask a sensitive value for reports that may be stored: 0* ** ** ** *8, j***.***@g****.c**.

The rule: a mask shows at most a third of the value's alphanumerics, and never a whole
component (an e-mail's user part, each domain label, each date field, each IP part or IPv6
group, each word of a name, each group of a number), so a one-character component is always
hidden. Everything else is kept: one "*" for each hidden character, and the separators, so
that a person recognises the value by its layout and the few characters shown.
"""

from collections.abc import Iterator

Component = list[int]  # the positions of a component's alphanumerics in the value


def mask_value(value: str, entity: str) -> str:
    """value with the characters it may not show replaced by "*".

    Every mask hides an e-mail's domain, and no rule reads an e-mail's mask as an address
    or a handle, since no two of its letters or digits are side by side: the `mask`
    replacement style uses it as it is.
    """
    components = [c for c in _components(value, entity) if c]
    budget = sum(len(c) for c in components) // 3
    owner = {i: n for n, component in enumerate(components) for i in component}
    shown: set[int] = set()
    shown_in = [0] * len(components)
    for i in _candidates(value, entity, components):
        if len(shown) == budget:
            break
        if i not in shown and shown_in[owner[i]] + 1 < len(components[owner[i]]):
            shown.add(i)
            shown_in[owner[i]] += 1
    return "".join(
        "*" if char.isalnum() and i not in shown else char for i, char in enumerate(value)
    )


def _components(value: str, entity: str) -> list[Component]:
    if entity == "EMAIL_ADDRESS" and "@" in value:
        at = value.rindex("@")
        # The user part is one component; each label of the domain is one.
        components = [[i for i in range(at) if value[i].isalnum()]]
        label: Component = []
        for i in range(at + 1, len(value)):
            if value[i] == ".":
                components.append(label)
                label = []
            elif value[i].isalnum():
                label.append(i)
        return [*components, label]
    # Words of a name, fields of a date, parts of an IP address, groups of a number.
    runs: list[Component] = [[]]
    for i, char in enumerate(value):
        if char.isalnum():
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return runs


def _candidates(value: str, entity: str, components: list[Component]) -> Iterator[int]:
    """The positions worth showing, most telling first."""
    if not components:
        return
    alphanumerics = [i for component in components for i in component]
    digits = sum(value[i].isdigit() for i in alphanumerics)
    # An e-mail address is always words: its mask then never holds two letters or digits
    # side by side, which is what keeps the rules from reading it as an address or a handle.
    if entity != "EMAIL_ADDRESS" and digits * 2 >= len(alphanumerics):
        # A number (phone, IBAN, card, date, IP): its first character and its last two.
        yield components[0][0]
        yield from reversed(components[-1][-2:])
    else:
        # Words (a name, an e-mail address): the initial of each.
        yield from (component[0] for component in components)
