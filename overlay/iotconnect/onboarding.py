"""``iot.devices.onboard``: a certificate device's credentials, the device, and its config file.

As the vendor's getting-started path and its own clients do it: an EC P-256 key and an X.509
certificate whose common name is the device's MQTT client id (self-signed, or signed by the
user's CA for a CA-signed template), the device created with it, and in a directory the key
(mode 0600), the certificate and ``iotcDeviceConfig.json``, the file the vendor's device SDKs
read. Needs the ``onboard`` extra (``cryptography``).

Order matters on a production tenant: everything that can fail locally (the template, the
token's CPID, the files that must not be overwritten, the CA, the key and certificate, the
three files written under temporary names) is done before the device is created; after the
create only renames remain. If one fails anyway, the temporary files are removed, none of the
three names is left half-written, and the error says the device exists on the tenant. The key
never appears in a message, a log line or the result's ``repr``.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

try:
    from cryptography import x509
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
except ImportError:  # pragma: no cover - depends on the install
    raise ImportError(
        "iotconnect.onboarding needs the 'onboard' extra: pip install 'iotconnect-openapi[onboard]'"
    ) from None

from iotconnect_client.models import DeviceInformation

from ._plans import Plan
from ._resource import Facts, SessionFacts, Step
from .errors import ConfigurationError, OnboardingError

__all__ = [
    "CONFIG_FILE",
    "MAX_CERTIFICATE_UNIQUE_ID",
    "OnboardedDevice",
    "Prepared",
    "client_id",
    "device_config",
    "files",
    "finish",
    "prepare",
    "staging",
]

CONFIG_FILE: Final = "iotcDeviceConfig.json"
"""The device configuration file the vendor's device SDKs read."""
MAX_CERTIFICATE_UNIQUE_ID: Final = 31
"""The longest unique id of a certificate-authenticated device (it is in the certificate)."""
SELF_SIGNED: Final = 3
CA_SIGNED: Final = frozenset({2, 7})
_CONFIG_VERSION: Final = "2.1"
_VALIDITY: Final = datetime.timedelta(days=3650)


@dataclass(frozen=True)
class OnboardedDevice:
    """What ``onboard`` made: the device as the service now shows it, its MQTT client id, and
    the three files (the key readable by the user only)."""

    device: DeviceInformation = field(repr=False)
    unique_id: str
    client_id: str
    auth_type: int
    key_file: Path
    certificate_file: Path
    config_file: Path
    config: dict[str, Any] = field(repr=False)


def client_id(cp_id: str, unique_id: str, *, dedicated: bool) -> str:
    """The device's MQTT client id: its unique id on a dedicated instance, else
    ``<cpId>-<unique id>`` (the service's rule)."""
    return unique_id if dedicated else f"{cp_id}-{unique_id}"


def _dedicated(facts: SessionFacts) -> bool:
    # The token says (isCpidOptional); a refreshed one does not, and then clients take the
    # instance for shared, except AWS production, which is dedicated (api-facts).
    if facts.claims.cpid_optional is not None:
        return facts.claims.cpid_optional
    return facts.platform == "aws" and facts.environment == "prod"


def device_config(
    facts: SessionFacts, *, unique_id: str, auth_type: int, environment: str
) -> dict[str, Any]:
    """``iotcDeviceConfig.json``'s fields for this device on this session's tenant."""
    cp_id = facts.claims.cp_id
    if not cp_id:
        raise OnboardingError("the access token names no cpId; the device config needs it")
    return {
        "ver": _CONFIG_VERSION,
        "pf": facts.platform,
        "cpid": cp_id,
        "env": environment,
        "uid": unique_id,
        "did": client_id(cp_id, unique_id, dedicated=_dedicated(facts)),
        "at": auth_type,
    }


@dataclass(frozen=True)
class _Authority:
    key: ec.EllipticCurvePrivateKey | Any
    certificate: x509.Certificate


def _load_authority(certificate_file: Path, key_file: Path) -> _Authority:
    # Errors name the files, never their content.
    try:
        certificate = x509.load_pem_x509_certificate(certificate_file.read_bytes())
    except (OSError, ValueError) as exc:
        raise ConfigurationError(
            f"{certificate_file}: not a readable PEM certificate ({type(exc).__name__})"
        ) from None
    try:
        key = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    except (OSError, ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise ConfigurationError(
            f"{key_file}: not a readable unencrypted PEM private key ({type(exc).__name__})"
        ) from None
    if key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ) != certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ):
        raise ConfigurationError(f"{key_file} is not the key of {certificate_file}")
    return _Authority(key, certificate)


def _credentials(
    common_name: str, authority: _Authority | None, now: datetime.datetime
) -> tuple[bytes, bytes, x509.Certificate]:
    """A new key (PKCS#8 PEM) and its certificate (PEM): self-signed, or by ``authority``."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    issuer = subject if authority is None else authority.certificate.subject
    until = now + _VALIDITY
    if authority is not None:  # a certificate outliving its CA would not verify
        until = min(until, authority.certificate.not_valid_after_utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))  # clocks differ
        .not_valid_after(until)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
    )
    signer: Any = key
    if authority is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(
                authority.certificate.public_key()  # type: ignore[arg-type]
            ),
            critical=False,
        )
        signer = authority.key
    try:
        certificate = builder.sign(signer, hashes.SHA256())
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(f"the CA key cannot sign a certificate ({exc})") from None
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return key_pem, certificate.public_bytes(serialization.Encoding.PEM), certificate


@dataclass
class _Staged:
    """Files written under temporary names beside their targets, to be renamed into place."""

    targets: list[tuple[Path, Path]] = field(default_factory=list)

    def write(self, target: Path, content: bytes, mode: int) -> None:
        descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        temporary = Path(name)
        self.targets.append((temporary, target))
        with os.fdopen(descriptor, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())

    def commit(self, *, overwrite: bool) -> None:
        """Rename every file into place; undo the renames done if one fails."""
        placed: list[Path] = []
        try:
            for temporary, target in self.targets:
                if overwrite:
                    os.replace(temporary, target)
                else:
                    # link() fails if the target appeared meanwhile: never replace a file.
                    os.link(temporary, target)
                    temporary.unlink()
                placed.append(target)
        except OSError:
            for target in placed:
                with contextlib.suppress(OSError):
                    target.unlink()
            raise
        finally:
            self.discard()
        directory = os.open(self.targets[0][1].parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def discard(self) -> None:
        """Remove the temporary files that are left."""
        for temporary, _ in self.targets:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()


@contextlib.contextmanager
def staging() -> Iterator[_Staged]:
    """Stage files; if anything fails before they are committed, remove them."""
    staged = _Staged()
    try:
        yield staged
    except BaseException:
        staged.discard()
        raise


def files(out_dir: Path, unique_id: str) -> tuple[Path, Path, Path]:
    """Where ``onboard`` writes a device's key, certificate and config file."""
    return (
        out_dir / f"{unique_id}.key.pem",
        out_dir / f"{unique_id}.cert.pem",
        out_dir / CONFIG_FILE,
    )


@dataclass(frozen=True)
class Prepared:
    """Everything local, done: the files staged, the certificate to create the device with."""

    staged: _Staged
    certificate_pem: str
    thumbprint: str
    config: dict[str, Any]
    paths: tuple[Path, Path, Path]


def prepare(
    staged: _Staged,
    *,
    unique_id: str,
    auth_type: int,
    out_dir: Path,
    overwrite: bool,
    ca_certificate: Path | None,
    ca_key: Path | None,
    environment: str | None,
) -> Plan[Step, Prepared]:
    """Check, make and stage everything before the device exists (see the module's text)."""
    if auth_type != SELF_SIGNED and auth_type not in CA_SIGNED:
        raise OnboardingError(
            f"the template authenticates devices by auth type {auth_type}; onboard makes "
            f"certificate devices only (3 self-signed, 2 and 7 CA-signed)"
        )
    if (ca_certificate is None) != (ca_key is None):
        raise ConfigurationError("give the CA's certificate and key together")
    if auth_type == SELF_SIGNED and ca_certificate is not None:
        raise ConfigurationError("the template is self-signed (auth type 3): give no CA")
    if auth_type in CA_SIGNED and ca_certificate is None:
        raise ConfigurationError(
            f"the template is CA-signed (auth type {auth_type}): give ca_certificate and ca_key"
        )
    if len(unique_id) > MAX_CERTIFICATE_UNIQUE_ID:
        raise ConfigurationError(
            f"a certificate device's unique id has at most {MAX_CERTIFICATE_UNIQUE_ID} "
            f"characters; {unique_id!r} has {len(unique_id)}"
        )
    facts: SessionFacts = yield Facts()
    env = environment or facts.environment
    if not env:
        raise ConfigurationError(
            "the device config names the environment (e.g. 'poc'): pass environment="
        )
    config = device_config(facts, unique_id=unique_id, auth_type=auth_type, environment=env)
    paths = files(out_dir, unique_id)
    existing = [str(path) for path in paths if path.exists()]
    if existing and not overwrite:
        raise OnboardingError(f"{', '.join(existing)} exist: pass overwrite=True to replace them")
    authority = (
        None
        if ca_certificate is None or ca_key is None
        else _load_authority(ca_certificate, ca_key)
    )
    key_pem, certificate_pem, certificate = _credentials(
        str(config["did"]), authority, datetime.datetime.now(datetime.UTC)
    )
    try:
        out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        staged.write(paths[0], key_pem, 0o600)
        staged.write(paths[1], certificate_pem, 0o644)
        staged.write(paths[2], (json.dumps(config, indent=2) + "\n").encode(), 0o644)
    except OSError as exc:
        raise OnboardingError(
            f"cannot write to {out_dir} ({exc.strerror}); nothing was created"
        ) from None
    return Prepared(
        staged=staged,
        certificate_pem=certificate_pem.decode(),
        thumbprint=certificate.fingerprint(hashes.SHA1()).hex().upper(),  # noqa: S303 - Azure's thumbprint
        config=config,
        paths=paths,
    )


def finish(prepared: Prepared, device: DeviceInformation, *, overwrite: bool) -> OnboardedDevice:
    """Put the staged files in place for the created ``device``, or say what exists where."""
    try:
        prepared.staged.commit(overwrite=overwrite)
    except OSError as exc:
        raise OnboardingError(
            f"device {device.unique_id!r} ({device.guid}) was created on the tenant, but its "
            f"files could not be written to {prepared.paths[0].parent} ({exc.strerror}); none "
            f"of them is there: delete the device, or give it a new certificate",
            device_created=True,
        ) from None
    key_file, certificate_file, config_file = prepared.paths
    return OnboardedDevice(
        device=device,
        unique_id=device.unique_id,
        client_id=str(prepared.config["did"]),
        auth_type=int(prepared.config["at"]),
        key_file=key_file,
        certificate_file=certificate_file,
        config_file=config_file,
        config=prepared.config,
    )
