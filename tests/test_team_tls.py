"""TLS for team workspaces on another machine: verified when the server's certificate is
known, encrypted with a warning otherwise; loopback needs neither."""

from __future__ import annotations

from core.team_db import public_address, server_url, tls_settings


def test_loopback_needs_no_tls():
    for host in ("localhost", "127.0.0.1", "[::1]"):
        assert tls_settings(server_url(f"postgresql://anna@{host}/shop")) == ({}, None)


def test_a_known_root_certificate_means_verify_full(tmp_path, monkeypatch):
    root = tmp_path / "root.crt"
    root.write_text("-----BEGIN CERTIFICATE-----\n")
    monkeypatch.setenv("PGSSLROOTCERT", str(root))
    settings, warning = tls_settings(server_url("postgresql://anna@db.myshop.cn/shop"))
    assert settings == {"sslmode": "verify-full", "sslrootcert": str(root)} and warning is None


def test_no_certificate_is_encrypted_with_a_clear_warning(tmp_path, monkeypatch):
    monkeypatch.delenv("PGSSLROOTCERT", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.postgresql/root.crt
    settings, warning = tls_settings(server_url("postgresql://anna@192.0.2.10:5433/shop"))
    assert settings == {"sslmode": "require"}
    assert "cannot check that it is really your server" in warning.render()
    assert "192.0.2.10" in warning.render()


def test_the_address_shown_never_carries_the_password():
    url = server_url("postgresql://anna:s3cret@db.myshop.cn:5433/shop")
    assert public_address(url) == "postgresql://anna@db.myshop.cn:5433/shop"
