"""Settings, read once from the environment and `.env`.

Every process of the assistant (launcher, Rasa server, action server, CLI) gets its
settings from `get_settings()`. The launcher loads `.env` before it starts Rasa and the
child processes inherit the environment, so all of them see the same values. Every
setting is optional: an absent one takes the default below, and a feature whose settings
are absent (a channel, a notification target) is switched off, never broken.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _setting(env: str, default: Any = "", **kwargs: Any) -> Any:
    """A dataclass field read from the environment variable `env`."""
    if isinstance(default, tuple):
        return field(default_factory=lambda: default, metadata={"env": env}, **kwargs)
    return field(default=default, metadata={"env": env}, **kwargs)


@dataclass(frozen=True)
class Settings:
    """What the assistant needs to know about the clinic and where it runs."""

    # The clinic, as patients see it.
    clinic_name: str = _setting("CLINIC_NAME", "Riverside Physiotherapy Clinic")
    clinic_phone: str = _setting("CLINIC_PHONE", "the clinic's reception")
    emergency_number: str = _setting("EMERGENCY_NUMBER", "999")
    urgent_care_line: str = _setting("URGENT_CARE_LINE", "NHS 111")
    crisis_line: str = _setting("CRISIS_LINE", "Samaritans on 116 123")

    # Storage. Empty URLs mean SQLite files under `var_dir`.
    var_dir: Path = _setting("VAR_DIR", PROJECT_ROOT / "var")
    database_url: str = _setting("DATABASE_URL")
    tracker_store_url: str = _setting("TRACKER_STORE_URL")
    # Rasa's lock store: redis://... when more than one Rasa server (or Sanic worker) runs.
    lock_store_url: str = _setting("LOCK_STORE_URL")

    # Network.
    bind_host: str = _setting("BIND_HOST", "127.0.0.1")
    public_host: str = _setting("PUBLIC_HOST", "localhost")
    rasa_port: int = _setting("RASA_PORT", 5005)
    action_port: int = _setting("ACTION_PORT", 5055)
    # The action server has no authentication: it listens here whatever BIND_HOST says.
    action_bind_host: str = _setting("ACTION_BIND_HOST", "127.0.0.1")
    # The staff console (and model server) is for staff only: loopback unless set, whatever
    # BIND_HOST says; put it behind a TLS proxy on a private network to reach it remotely.
    admin_bind_host: str = _setting("ADMIN_BIND_HOST", "127.0.0.1")
    # Largest request body the Rasa server accepts (REST, socket.io, Telegram, WhatsApp).
    request_max_bytes: int = _setting("REQUEST_MAX_BYTES", 65536)
    action_server_url: str = _setting("ACTION_SERVER_URL")
    # Messages per client (an address, or a Telegram/WhatsApp chat): RATE_LIMIT_BURST at
    # once, then RATE_LIMIT_PER_MINUTE (0: no limit). A red flag always goes through.
    rate_limit_per_minute: float = _setting("RATE_LIMIT_PER_MINUTE", 20.0)
    rate_limit_burst: int = _setting("RATE_LIMIT_BURST", 6)
    allowed_origins: tuple[str, ...] = _setting("ALLOWED_ORIGINS", ())

    # Staff notification of emergency and urgent escalations. Each target is used only
    # when its settings are present.
    staff_webhook_url: str = _setting("STAFF_WEBHOOK_URL")
    smtp_url: str = _setting("SMTP_URL")
    staff_email: tuple[str, ...] = _setting("STAFF_EMAIL", ())
    smtp_from: str = _setting("SMTP_FROM")
    notify_retry_seconds: float = _setting("NOTIFY_RETRY_SECONDS", 30.0)
    # After a client's first alert, its further escalations within this many minutes are
    # sent as one alert with a count when the period ends (0: every one at once).
    alert_group_minutes: float = _setting("ALERT_GROUP_MINUTES", 5.0)

    # A clinician's review of an FAQ answer counts for this many days (then "stale").
    content_review_days: int = _setting("CONTENT_REVIEW_DAYS", 365)

    # FAQ answers given with a confidence below this go to the staff review queue too.
    review_confidence: float = _setting("REVIEW_CONFIDENCE", 0.8)

    # Reliability: how long the Rasa server waits for a custom action before answering
    # without it, and how often writes kept while the clinic database was down are retried.
    action_timeout_seconds: float = _setting("ACTION_TIMEOUT_SECONDS", 10.0)
    spool_retry_seconds: float = _setting("SPOOL_RETRY_SECONDS", 5.0)

    # Staff console (`bot admin`): review queue, FAQ editing, gated retraining, rollback.
    admin_port: int = _setting("ADMIN_PORT", 5006)
    admin_session_minutes: int = _setting("ADMIN_SESSION_MINUTES", 30)
    # The Rasa server pulls the live model from the console this often (seconds).
    model_pull_seconds: int = _setting("MODEL_PULL_SECONDS", 10)
    # The retrain gate rejects a model whose held-out FAQ accuracy is this much (a
    # fraction) below the live model's. Training noise alone has moved it by 0.022.
    retrain_max_accuracy_drop: float = _setting("RETRAIN_MAX_ACCURACY_DROP", 0.02)
    # What the console edits and retrains from: config.yml, domain.yml and data/.
    training_root: Path = _setting("TRAINING_ROOT", PROJECT_ROOT)
    models_dir: Path = _setting("MODELS_DIR")

    # Website chat widget and demo clinic page, served by `bot web` on WEB_PORT.
    web_port: int = _setting("WEB_PORT", 8080)
    # The Rasa server's public address, as browsers, Telegram and Twilio reach it.
    # Default: http://PUBLIC_HOST:RASA_PORT.
    assistant_url: str = _setting("ASSISTANT_URL")
    widget_color: str = _setting("WIDGET_COLOR", "#0b5f66")
    widget_text_color: str = _setting("WIDGET_TEXT_COLOR", "#ffffff")
    widget_greeting: str = _setting(
        "WIDGET_GREETING", "Hello! Ask me anything about muscle spasms and cramps."
    )

    # Telegram: on when the BotFather token and a webhook secret are both set.
    telegram_access_token: str = _setting("TELEGRAM_ACCESS_TOKEN")
    telegram_secret_token: str = _setting("TELEGRAM_SECRET_TOKEN")
    telegram_api_url: str = _setting("TELEGRAM_API_URL", "https://api.telegram.org")
    telegram_webhook_url: str = _setting("TELEGRAM_WEBHOOK_URL")

    # WhatsApp through Twilio: on when the account SID, auth token and number are set.
    twilio_account_sid: str = _setting("TWILIO_ACCOUNT_SID")
    twilio_auth_token: str = _setting("TWILIO_AUTH_TOKEN")
    twilio_whatsapp_number: str = _setting("TWILIO_WHATSAPP_NUMBER")
    twilio_api_url: str = _setting("TWILIO_API_URL", "https://api.twilio.com")
    twilio_webhook_url: str = _setting("TWILIO_WEBHOOK_URL")

    log_level: str = _setting("LOG_LEVEL", "INFO")
    # Patients' words in DEBUG logs: off unless set (INFO and above never have them).
    log_message_text: bool = _setting("LOG_MESSAGE_TEXT", False)
    # `bot privacy purge` deletes conversations older than this (0: keep forever).
    retention_days: int = _setting("RETENTION_DAYS", 90)

    def __post_init__(self) -> None:
        # Defaults derived from other settings; frozen, hence object.__setattr__.
        derived: dict[str, Any] = {
            "var_dir": Path(self.var_dir).resolve(),
            "log_level": self.log_level.upper(),
        }
        derived["training_root"] = Path(self.training_root).resolve()
        root = derived["training_root"]
        derived["models_dir"] = (
            Path(self.models_dir).resolve() if self.models_dir else root / "models"
        )
        var_dir = derived["var_dir"]
        if not self.database_url:
            derived["database_url"] = f"sqlite:///{var_dir / 'clinic.db'}"
        if not self.tracker_store_url:
            derived["tracker_store_url"] = f"sqlite:///{var_dir / 'tracker.db'}"
        if not self.action_server_url:
            derived["action_server_url"] = f"http://127.0.0.1:{self.action_port}/webhook"
        if not self.smtp_from:
            derived["smtp_from"] = f"assistant@{self.public_host}"
        if not self.allowed_origins:
            derived["allowed_origins"] = tuple(
                dict.fromkeys(
                    f"http://{host}:{port}"
                    for port in (self.web_port, self.rasa_port)
                    for host in (self.public_host, "localhost", "127.0.0.1")
                )
            )
        base = (self.assistant_url or f"http://{self.public_host}:{self.rasa_port}").rstrip("/")
        derived["assistant_url"] = base
        if not self.telegram_webhook_url:
            derived["telegram_webhook_url"] = f"{base}/webhooks/telegram/webhook"
        if not self.twilio_webhook_url:
            derived["twilio_webhook_url"] = f"{base}/webhooks/whatsapp/webhook"
        for name, value in derived.items():
            object.__setattr__(self, name, value)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Builds settings from environment variables; absent or empty ones take defaults."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for spec in dataclasses.fields(cls):
            raw = env.get(spec.metadata["env"], "").strip()
            if raw:
                values[spec.name] = _parse(spec, raw)
        return cls(**values)

    @classmethod
    def environment_variables(cls) -> tuple[str, ...]:
        """Names of every environment variable the assistant reads."""
        return tuple(spec.metadata["env"] for spec in dataclasses.fields(cls))

    @property
    def response_variables(self) -> dict[str, str]:
        """Values that fill the `{placeholders}` in the assistant's responses."""
        return {
            "clinic_name": self.clinic_name,
            "clinic_phone": self.clinic_phone,
            "emergency_number": self.emergency_number,
            "urgent_care_line": self.urgent_care_line,
            "crisis_line": self.crisis_line,
        }


def _parse(spec: dataclasses.Field, raw: str) -> Any:
    kind = spec.type
    name = spec.metadata["env"]
    if kind == "int":
        try:
            return int(raw)
        except ValueError as error:
            raise ValueError(f"{name} must be a whole number, got {raw!r}") from error
    if kind == "float":
        try:
            return float(raw)
        except ValueError as error:
            raise ValueError(f"{name} must be a number, got {raw!r}") from error
    if kind == "bool":
        return raw.lower() in {"1", "true", "yes", "on"}
    if kind == "Path":
        return Path(raw)
    if kind.lower().startswith("tuple"):
        return tuple(item.strip() for item in raw.split(",") if item.strip())
    return raw


def load_environment(dotenv_path: Path | None = None) -> None:
    """Loads `.env` into the process environment; variables already set win."""
    load_dotenv(dotenv_path or PROJECT_ROOT / ".env", override=False)


@functools.lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings of this process, read once."""
    load_environment()
    return Settings.from_env()
