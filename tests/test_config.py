import pytest

from shared.config import ConfigError, Settings


def test_defaults_are_embedded():
    s = Settings.from_env({})
    assert s.database_url.startswith("sqlite:///")
    assert s.api_tokens == ()


def test_environment_is_read_and_typed():
    s = Settings.from_env(
        {
            "DATABASE_URL": "postgresql://x/y",
            "EVENTLINE_API_TOKENS": "a, b,,",
            "EVENTLINE_PAGE_SIZE": "7",
        }
    )
    assert s.database_url == "postgresql://x/y"
    assert s.api_tokens == ("a", "b")
    assert s.page_size == 7


def test_bad_number_is_a_clear_error():
    with pytest.raises(ConfigError, match="EVENTLINE_PAGE_SIZE|page_size"):
        Settings.from_env({"EVENTLINE_PAGE_SIZE": "many"})


def test_every_setting_is_described():
    names = [env for env, _, _ in Settings().describe()]
    assert "DATABASE_URL" in names and "REDIS_URL" in names and len(names) == len(set(names))


@pytest.mark.parametrize("raw", ["0", "-5"])
def test_sizes_and_times_must_be_more_than_zero(raw):
    with pytest.raises(ConfigError, match="page_size.*more than zero"):
        Settings.from_env({"EVENTLINE_PAGE_SIZE": raw})
