"""What a server said of itself, kept as learned settings; sizes as people read them."""

from __future__ import annotations

from ledgerpost.domain.settings import BY_KEY, announced_smtputf8, server_smtputf8_value
from ledgerpost.domain.sizes import readable_size


def test_small_sizes_read_in_kb_larger_in_mb() -> None:
    assert readable_size(150_000) == "146 KB"  # not "0.1 MB"
    assert readable_size(65 * 1024) == "65 KB"
    assert readable_size(300) == "1 KB" and readable_size(0) == "0 KB"
    assert readable_size(1024 * 1024) == "1.0 MB"
    assert readable_size(20 * 1024 * 1024) == "20.0 MB"


def test_smtputf8_is_known_only_for_the_server_it_was_learned_from() -> None:
    kept = server_smtputf8_value("smtp.example.com", 587, offered=False)
    assert kept == "smtp.example.com:587 no"
    assert announced_smtputf8(kept, "smtp.example.com", 587) is False
    assert announced_smtputf8(kept, "smtp.example.com", 465) is None
    assert announced_smtputf8("smtp.example.com:587 yes", "smtp.example.com", 587) is True
    assert announced_smtputf8("", "smtp.example.com", 587) is None


def test_the_learned_setting_is_checked() -> None:
    setting = BY_KEY["smtp.server_smtputf8"]
    assert setting.problem("") is None
    assert setting.problem("smtp.example.com:25 yes") is None
    problem = setting.problem("maybe")
    assert problem is not None and problem.code == "setting-server-smtputf8"
