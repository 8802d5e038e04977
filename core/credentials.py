"""Team workspace passwords in the operating system's keychain (``keyring``), never in a
plain file or in QSettings. Without a usable keychain (a bare Linux without Secret Service)
nothing is saved and the app asks for the password each time."""

from __future__ import annotations

SERVICE = "MatrixDesk team workspace"


def _backend():
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    # the chainer with nothing behind it, or a backend that says it cannot work here
    if getattr(backend, "priority", 1) <= 0 and not getattr(backend, "backends", True):
        return None
    return backend


def keychain_available() -> bool:
    return _backend() is not None


def saved_password(address: str) -> str | None:
    """The password saved for ``address`` (user@host:port/database), if any."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, address)
    except Exception:  # a locked or broken keychain is the same as no saved password
        return None


def save_password(address: str, password: str) -> bool:
    """Save it in the keychain; False when there is none or it refused."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, address, password)
    except Exception:
        return False
    return True


def forget_password(address: str) -> None:
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, address)
    except Exception:
        pass  # nothing saved, or the keychain is locked: nothing to forget
