"""What a command needs of its host, refused before anything starts (flows/environment.py).

The CLI's side of these checks (one line, exit 2) is in test_inputs.py, test_inputs_fresh.py
and test_cli_fan_out.py."""

from __future__ import annotations

import re

import pytest

from flows import environment
from flows.inputs import InputError


@pytest.mark.parametrize(("url", "says"), [
    ("ftp://127.0.0.1:9/warta", "expected a path, file://... or s3://bucket/prefix"),
    ("memory://warta", "expected a path, file://... or s3://bucket/prefix"),
    ("s3://", "name the bucket"),
])
def test_a_storage_hosts_cannot_share_is_refused(url, says):
    """ftp:// connected while it was checked (a gaierror or ConnectionRefusedError
    traceback); memory:// was taken, and every batch published there was lost with the
    process; s3:// without a bucket was taken too."""
    with pytest.raises(InputError, match=re.escape(f"WARTA_STORAGE={url}: {says}")):
        environment.storage_setting(url)
    assert environment.storage_setting("/mnt/warta") == "/mnt/warta"
