"""Settings: every variable is optional, documented, and parsed with clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT, Settings


def test_no_settings_at_all_gives_working_defaults():
    settings = Settings.from_env({})
    assert settings.emergency_number
    assert settings.database_url.startswith("sqlite:///")
    assert settings.tracker_store_url.startswith("sqlite:///")
    assert settings.bind_host == "127.0.0.1"
    assert settings.action_server_url == "http://127.0.0.1:5055/webhook"


def test_values_come_from_the_environment():
    settings = Settings.from_env(
        {
            "EMERGENCY_NUMBER": "911",
            "RASA_PORT": "6005",
            "ALLOWED_ORIGINS": "https://a.example, https://b.example",
            "VAR_DIR": "/tmp/clinic-var",
        }
    )
    assert settings.emergency_number == "911"
    assert settings.rasa_port == 6005
    assert settings.allowed_origins == ("https://a.example", "https://b.example")
    assert settings.database_url == "sqlite:////tmp/clinic-var/clinic.db"


def test_empty_values_count_as_absent():
    assert Settings.from_env({"EMERGENCY_NUMBER": "  "}).emergency_number == "999"


def test_a_malformed_number_names_the_variable():
    with pytest.raises(ValueError, match="RASA_PORT"):
        Settings.from_env({"RASA_PORT": "five"})


def test_every_variable_is_documented_in_env_example():
    example = (PROJECT_ROOT / ".env.example").read_text()
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, flags=re.MULTILINE))
    assert set(Settings.environment_variables()) <= documented


def test_dotenv_is_loaded_but_real_environment_wins(tmp_path: Path, monkeypatch):
    from bot.settings import load_environment

    dotenv = tmp_path / ".env"
    dotenv.write_text("CLINIC_NAME=From Dotenv\nCRISIS_LINE=From Dotenv\n")
    monkeypatch.delenv("CLINIC_NAME", raising=False)
    monkeypatch.setenv("CRISIS_LINE", "From Environment")
    load_environment(dotenv)
    settings = Settings.from_env()
    assert settings.clinic_name == "From Dotenv"
    assert settings.crisis_line == "From Environment"
    monkeypatch.delenv("CLINIC_NAME")
