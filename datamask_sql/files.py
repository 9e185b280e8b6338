"""Files a policy names and files a compile writes: confined, bounded reads and writes that never follow a link.

A policy is reviewed code from someone else: the paths it names (lookup CSVs, included packs) resolve against the
policy file's own folder and must stay inside it (or inside a folder the caller allows), so a policy cannot read
`/proc/self/environ` or `/etc/shadow`. Output folders may hold links someone committed: writes replace files
through a temporary file and refuse links, so they never land anywhere else.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from datamask_sql.errors import DatamaskError, PolicyError

# Not every platform has these flags (Windows lacks both); without them the lstat checks still refuse links.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True)
class FileScope:
    """Where the files a policy names may be: its own folder, and folders the caller allows explicitly."""

    base: Path
    allowed: tuple[Path, ...] = ()

    @classmethod
    def of_policy(cls, policy_file: str | Path, allow: Iterable[str | Path] = ()) -> FileScope:
        """The scope of a policy file: its folder and `allow`, resolved now (a later chdir changes nothing)."""
        folder = Path(policy_file).parent
        return cls(Path(os.path.realpath(folder)), tuple(Path(os.path.realpath(p)) for p in allow))

    @classmethod
    def working_dir(cls) -> FileScope:
        """The scope of a policy read from the working directory (what callers without a policy file get)."""
        return cls.of_policy("policy.yml")

    def resolve(self, ref: str, what: str) -> Path:
        """The real path of `ref` (relative to the policy's folder), refused unless inside the scope."""
        real = Path(os.path.realpath(self.base / ref))
        if not any(real.is_relative_to(root) for root in (self.base, *self.allowed)):
            raise PolicyError(
                f"{what} is outside the policy's folder",
                file=ref,
                hint="paths resolve against the policy file's folder and must stay inside it; "
                "allow another folder explicitly if the file must live elsewhere",
                option="allow_paths",
            )
        return real

    def read_text(self, ref: str, *, what: str, limit: int, encoding: str = "utf-8") -> str:
        """The text of the regular file `ref` names, resolved and confined; messages name `ref`, never content."""
        real = self.resolve(ref, f"the {what}")
        try:
            return read_text(real, limit=limit, what=what, shown=ref, encoding=encoding)
        except PolicyError as exc:
            if not exc.message.endswith("not found"):
                raise
            hint = "paths in a policy are relative to the policy file's folder"
            raise PolicyError(exc.message, file=exc.file, hint=hint) from None


def read_bytes(path: Path, *, limit: int, what: str, shown: str, regular: bool = True) -> bytes:
    """At most `limit` bytes of `path`, refused when longer; `regular`: only a regular file, never through a link.

    Messages name the file as written (`shown`) and never its content."""
    try:
        if regular:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                raise PolicyError(f"{what} is not a regular file", file=shown, hint="name a plain file")
            if info.st_size > limit:
                raise _too_large(what, shown, limit)
            # O_NONBLOCK: a FIFO swapped in after the stat cannot block the open.
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
        else:
            fd = os.open(path, os.O_RDONLY | _CLOEXEC)
    except FileNotFoundError:
        raise PolicyError(f"{what} not found", file=shown) from None
    except OSError as exc:
        raise PolicyError(f"cannot read the {what}: {exc.strerror or 'error'}", file=shown) from None
    try:
        if regular and not stat.S_ISREG(os.fstat(fd).st_mode):
            raise PolicyError(f"{what} is not a regular file", file=shown, hint="name a plain file")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise PolicyError(f"cannot read the {what}: {exc.strerror or 'error'}", file=shown) from None
    finally:
        os.close(fd)
    if size > limit:
        raise _too_large(what, shown, limit)
    return b"".join(chunks)


def _too_large(what: str, shown: str, limit: int) -> PolicyError:
    return PolicyError(f"{what} is larger than {limit / (1 << 20):g} MB", file=shown, hint="nothing this large is read")


def decode(data: bytes, *, what: str, shown: str, encoding: str = "utf-8") -> str:
    """UTF-8 text of `data`; a bad byte is reported by its line, never shown."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PolicyError(f"{what} is not UTF-8 text", file=shown, line=line, hint="save the file as UTF-8") from None


def read_text(path: Path, *, limit: int, what: str, shown: str, regular: bool = True, encoding: str = "utf-8") -> str:
    """`read_bytes` then `decode`."""
    data = read_bytes(path, limit=limit, what=what, shown=shown, regular=regular)
    return decode(data, what=what, shown=shown, encoding=encoding)


def _out_error(message: str, path: Path, hint: str | None = None) -> DatamaskError:
    return DatamaskError(message, file=str(path), hint=hint, option="out_dir")


def check_target(path: Path) -> None:
    """Refuse to write `path` when it is a link or anything but a regular file (a missing file is fine)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _out_error(f"cannot write: {exc.strerror}", path) from None
    if stat.S_ISLNK(info.st_mode):
        raise _out_error(
            "refusing to write through a symbolic link", path, "remove the link; output is never written through one"
        )
    if not stat.S_ISREG(info.st_mode):
        raise _out_error("refusing to write: not a regular file", path, "remove it or choose another output folder")


def prepare_dir(folder: Path, names: Iterable[str] = ()) -> None:
    """Make `folder` (a real folder, not a link) and check that none of `names` in it is a link."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _out_error(f"cannot use the output folder: {exc.strerror}", folder) from None
    if info is not None and stat.S_ISLNK(info.st_mode):
        raise _out_error("the output folder is a symbolic link", folder, "name the real folder, not a link to it")
    if info is not None and not stat.S_ISDIR(info.st_mode):
        raise _out_error("the output folder is not a folder", folder, "choose a folder for the SQL files")
    if info is None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _out_error(f"cannot create the output folder: {exc.strerror}", folder) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _out_error("the output folder is not writable", folder)
    for name in names:
        check_target(folder / name)


def write_text(path: Path, text: str) -> None:
    """Replace `path` with `text`: written beside it under a fresh name, then renamed over it (never through a link)."""
    check_target(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o666)
        try:
            _write_all(fd, text.encode("utf-8"))
        finally:
            os.close(fd)
        # rename replaces a link placed here since the check; it never writes through it.
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _out_error(f"cannot write: {exc.strerror}", path) from None


def append_private(path: Path, text: str) -> None:
    """Append `text` to `path`, created readable by its owner only (0600); never through a link."""
    check_target(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | _CLOEXEC, 0o600)
    except OSError as exc:
        raise _out_error(f"cannot append: {exc.strerror}", path) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _out_error("refusing to write: not a regular file", path)
        if info.st_mode & 0o077:
            os.fchmod(fd, 0o600)  # an older log readable by others is tightened, not left open
        _write_all(fd, text.encode("utf-8"))
    except OSError as exc:
        raise _out_error(f"cannot append: {exc.strerror}", path) from None
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def regular_file(path: Path) -> bool:
    """Whether `path` is a regular file itself (not a link to one)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
