"""The README's command table and the CLI name the same commands, each once."""
from __future__ import annotations

import re
from pathlib import Path

import click

from stancewatch.cli import cli

README = Path(__file__).resolve().parents[2] / "README.md"


def cli_commands(group: click.Group = cli, prefix: str = "") -> set[str]:
    """Leaf commands as typed: ``run``, ``worker crawl``, ``review set``…"""
    names: set[str] = set()
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            names |= cli_commands(command, f"{prefix}{name} ")
        else:
            names.add(f"{prefix}{name}")
    return names


def table_rows(text: str) -> list[str]:
    section = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    return [re.split(r"(?<!\\)\|", line)[1] for line in section.splitlines() if line.startswith("| `")]


def table_commands(rows: list[str]) -> list[str]:
    """Each command a row names: `` `stancewatch worker crawl` / `worker analyze` `` names two;
    ``review list|set|export`` names three."""
    found: list[str] = []
    groups = {name for name in cli_commands() if " " in name for name in [name.split()[0]]}
    for cell in rows:
        for code in re.findall(r"`([^`]+)`", cell):
            words = code.removeprefix("stancewatch ").replace("\\|", "|").split()
            if not words or words[0].startswith("-"):
                continue
            if words[0] in groups and len(words) > 1:
                found += [f"{words[0]} {sub}" for sub in words[1].split("|")]
            elif words[0] in groups:
                continue
            else:
                found.append(words[0])
    return found


def test_every_command_is_in_the_readme_table_once_and_nothing_else():
    listed = table_commands(table_rows(README.read_text(encoding="utf-8")))
    assert sorted(name for name in set(listed) if listed.count(name) > 1) == []
    assert set(listed) == cli_commands()


def test_the_check_sees_a_missing_and_a_repeated_command():
    rows = ["`stancewatch run`", "`stancewatch run`", "`stancewatch worker crawl` / `worker analyze`"]
    listed = table_commands(rows)
    assert listed == ["run", "run", "worker crawl", "worker analyze"]
    assert cli_commands() - set(listed)  # crawl, digest, … are missing from these rows
