"""``iot.devices.onboard`` against the mock in process, its files checked with ``cryptography``:
the key matches the certificate, the common name is the MQTT client id, the validity, the
config's fields against the token and the device; the CA variant; what is refused before the
device is created; what a failure after it leaves (nothing on disk, the error names the device);
and no secret in any log line or error."""

from __future__ import annotations

import datetime
import json
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from iotconnect import ConfigurationError, IoTConnect, OnboardingError
from iotconnect.onboarding import CONFIG_FILE, client_id
from iotconnect_mock import create_app

from .inprocess import InProcess, demo_session


def _mock(**settings: Any) -> Iterator[InProcess]:
    transport = InProcess(create_app(**settings))
    yield transport
    transport.close()


@pytest.fixture
def mock() -> Iterator[InProcess]:
    yield from _mock()


@pytest.fixture
def iot(mock: InProcess) -> Iterator[IoTConnect]:
    with demo_session(mock, environment="poc") as session:
        yield session


def _stored_certificate(mock: InProcess, guid: object) -> str | None:
    reply = mock.handle_request(httpx.Request("GET", f"http://mock.test/_mock/devices/{guid}"))
    return reply.json()["data"][0]["certificateText"]  # type: ignore[no-any-return]


def _public(key: Any) -> bytes:
    return key.public_bytes(  # type: ignore[no-any-return]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _common_name(certificate: x509.Certificate) -> str:
    return str(certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


def test_self_signed_onboarding_writes_files_that_fit(
    iot: IoTConnect, mock: InProcess, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "camera-7"
    result = iot.devices.onboard("camera-7", template="camera", out_dir=out)
    claims = iot.claims
    assert claims.cp_id
    # A shared instance: the client id carries the CPID (the mock's default).
    assert result.client_id == f"{claims.cp_id}-camera-7"
    key = serialization.load_pem_private_key(result.key_file.read_bytes(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert key.curve.name == "secp256r1"
    certificate = x509.load_pem_x509_certificate(result.certificate_file.read_bytes())
    assert _public(key.public_key()) == _public(certificate.public_key())
    assert _common_name(certificate) == result.client_id
    assert certificate.issuer == certificate.subject
    certificate.verify_directly_issued_by(certificate)  # self-signed, and the signature holds
    now = datetime.datetime.now(datetime.UTC)
    assert certificate.not_valid_before_utc <= now < certificate.not_valid_after_utc
    assert certificate.not_valid_after_utc - now > datetime.timedelta(days=3640)
    assert stat.S_IMODE(result.key_file.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["camera-7.key.pem", "camera-7.cert.pem", CONFIG_FILE]
    )
    config = json.loads((out / CONFIG_FILE).read_text())
    device = iot.devices.get_by_unique_id("camera-7")
    assert config == {
        "ver": "2.1",
        "pf": "aws",
        "cpid": claims.cp_id,
        "env": "poc",
        "uid": device.unique_id,
        "did": result.client_id,
        "at": device.device_template_auth_type,
    }
    assert config["at"] == 3
    assert result.device.guid == device.guid
    # The service keeps the certificate the device was created with.
    assert _stored_certificate(mock, device.guid) == result.certificate_file.read_text()
    key_body = result.key_file.read_text().splitlines()[1]
    assert key_body not in caplog.text
    assert key_body not in repr(result)


def test_a_dedicated_instance_names_the_client_by_unique_id(tmp_path: Path) -> None:
    for mock in _mock(dedicated=True):
        with demo_session(mock, environment="poc") as iot:
            result = iot.devices.onboard("cam-dedicated", template="camera", out_dir=tmp_path)
            assert iot.claims.cpid_optional is True
        assert result.client_id == "cam-dedicated"
        certificate = x509.load_pem_x509_certificate(result.certificate_file.read_bytes())
        assert _common_name(certificate) == "cam-dedicated"
        assert json.loads(result.config_file.read_text())["did"] == "cam-dedicated"


def test_the_client_id_rule() -> None:
    assert client_id("CPID", "dev-1", dedicated=True) == "dev-1"
    assert client_id("CPID", "dev-1", dedicated=False) == "CPID-dev-1"


def _authority(tmp_path: Path) -> tuple[Path, Path, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Root CA")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "ca.pem", tmp_path / "ca.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file, certificate


@pytest.mark.parametrize(("template", "auth_type"), [("edgegw", 2), ("indiv7", 7)])
def test_the_ca_variant_signs_with_the_users_ca(
    iot: IoTConnect, mock: InProcess, tmp_path: Path, template: str, auth_type: int
) -> None:
    if auth_type == 7:  # CA-signed individual: no seeded template has it
        iot.templates.create_from_file({"code": template, "name": "Individual", "authType": 7})
    ca_file, ca_key, authority = _authority(tmp_path)
    result = iot.devices.onboard(
        "gw-ca-1",
        template=template,
        out_dir=tmp_path / "out",
        ca_certificate=ca_file,
        ca_key=ca_key,
    )
    certificate = x509.load_pem_x509_certificate(result.certificate_file.read_bytes())
    certificate.verify_directly_issued_by(authority)
    assert certificate.issuer == authority.subject
    assert _common_name(certificate) == result.client_id
    # Not beyond the CA's own validity.
    assert certificate.not_valid_after_utc <= authority.not_valid_after_utc
    assert (result.auth_type, json.loads(result.config_file.read_text())["at"]) == (auth_type,) * 2
    assert result.device.device_template_auth_type == auth_type
    # An individual device is created with its own certificate (the service keeps it); a
    # CA-signed template (2) trusts the CA alone.
    own = result.certificate_file.read_text() if auth_type == 7 else None
    assert _stored_certificate(mock, result.device.guid) == own
    with pytest.raises(ConfigurationError, match=f"CA-signed \\(auth type {auth_type}\\)"):
        iot.devices.onboard("gw-ca-2", template=template, out_dir=tmp_path / "other")
    other_key = tmp_path / "other.key"
    other_key.write_bytes(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(ConfigurationError, match="is not the key of"):
        iot.devices.onboard(
            "gw-ca-3",
            template=template,
            out_dir=tmp_path / "other",
            ca_certificate=ca_file,
            ca_key=other_key,
        )
    assert iot.devices.find("gw-ca-2") is None
    assert iot.devices.find("gw-ca-3") is None
    assert not (tmp_path / "other").exists()


@pytest.mark.parametrize(
    ("unique_id", "template", "error", "says"),
    [
        ("x" * 32, "camera", ConfigurationError, "at most 31"),
        ("sensor-key", "tempsensor", OnboardingError, "certificate devices only"),
        ("demo-sensor-02", "camera", OnboardingError, "exists on the tenant"),
    ],
)
def test_refused_before_anything_is_created(
    iot: IoTConnect,
    tmp_path: Path,
    unique_id: str,
    template: str,
    error: type[Exception],
    says: str,
) -> None:
    before = iot.devices.count()
    with pytest.raises(error, match=says):
        iot.devices.onboard(unique_id, template=template, out_dir=tmp_path / "out")
    assert iot.devices.count() == before
    assert not (tmp_path / "out").exists()


def test_an_existing_file_is_kept_without_overwrite(iot: IoTConnect, tmp_path: Path) -> None:
    config = tmp_path / CONFIG_FILE
    config.write_text("mine\n")
    with pytest.raises(OnboardingError, match="overwrite=True") as refused:
        iot.devices.onboard("cam-keep", template="camera", out_dir=tmp_path)
    assert not refused.value.device_created
    assert config.read_text() == "mine\n"
    assert iot.devices.find("cam-keep") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == [CONFIG_FILE]
    result = iot.devices.onboard("cam-keep", template="camera", out_dir=tmp_path, overwrite=True)
    assert json.loads(config.read_text())["uid"] == "cam-keep"
    assert result.key_file.exists()


def test_a_failure_after_the_create_leaves_no_file_and_names_the_device(
    iot: IoTConnect, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_link = os.link
    calls: list[str] = []

    def link_twice_then_fail(source: str, target: str) -> None:
        calls.append(target)
        if len(calls) == 3:  # the config file, after the key and certificate are in place
            raise OSError(28, "No space left on device")
        real_link(source, target)

    monkeypatch.setattr(os, "link", link_twice_then_fail)
    with pytest.raises(OnboardingError) as failed:
        iot.devices.onboard("cam-full", template="camera", out_dir=tmp_path)
    device = iot.devices.get_by_unique_id("cam-full")
    message = str(failed.value)
    assert failed.value.device_created
    assert "cam-full" in message
    assert str(device.guid) in message
    assert "created on the tenant" in message
    assert list(tmp_path.iterdir()) == []


def test_the_async_twin(mock: InProcess, tmp_path: Path) -> None:
    import asyncio

    async def onboard() -> str:
        async with demo_session(mock, environment="poc") as iot:
            result = await iot.aio.devices.onboard("cam-aio", template="camera", out_dir=tmp_path)
            return result.client_id

    assert asyncio.run(onboard()).endswith("-cam-aio")
