"""House style as data: a newsroom's own word rules, written in TOML files, not Python."""

from newscheck.checkers.house_style.checker import HouseStyleChecker, HouseStyleOptions

__all__ = ["HouseStyleChecker", "HouseStyleOptions"]
