from __future__ import annotations

import pytest

from nlp.registry import Registry, RegistryError


def test_bundled_registry_loads(registry):
    assert len(registry) >= 20
    assert registry.by_id("meta").name == "Meta"
    assert registry.get("nope") is None


@pytest.mark.parametrize("form,company", [
    ("Meta", "meta"), ("Meta Platforms", "meta"), ("Facebook", "meta"), ("Alphabet", "google"),
    ("DeepMind", "google"), ("ChatGPT", "openai"), ("Open AI", "openai"), ("AWS", "amazon"),
    ("Joel Kaplan", "meta"), ("Kaplan", "meta"), ("Brad Smith", "microsoft"), ("iGenius", "domyn"),
    ("MISTRAL AI", "mistral-ai"),  # all-caps headline variant
])
def test_surface_form_lookup(registry, form, company):
    assert registry.lookup(form).company_id == company


@pytest.mark.parametrize("form", ["meta", "apple", "amazon", "mistral", "writer", "open AI", "open ai",
                                  "stable diffusion", "ai alignment solutions", "Writer"])
def test_lowercase_and_ambiguous_forms_do_not_match(registry, form):
    assert registry.lookup(form) is None


def test_executive_lookup(registry):
    exe, company = registry.executive("Kaplan")
    assert exe.name == "Joel Kaplan" and company.id == "meta"
    assert registry.executive("Meta") is None


@pytest.mark.parametrize("name,company", [
    ("Meta", "meta"), ("meta", "meta"), ("mistral-ai", "mistral-ai"), ("Mistral", "mistral-ai"),
    ("Joel Kaplan", "meta"), ("chatgpt", "openai"), ("Google DeepMind", "google"),
])
def test_resolve_for_cli(registry, name, company):
    assert registry.resolve(name).id == company


def test_resolve_unknown(registry):
    assert registry.resolve("Acme Robotics") is None
    assert registry.resolve("  ") is None


def test_user_file_overrides_and_extends(tmp_path):
    user = tmp_path / "extra.toml"
    user.write_text('''
[[company]]
id = "meta"
aliases = ["Meta Superintelligence Labs"]

[[company]]
id = "acme-ai"
name = "Acme AI"
aliases = ["AcmeAI"]
signatory = "unknown"
[[company.executive]]
name = "Jane Roe"
role = "CEO"
aliases = ["Roe"]
''', encoding="utf-8")
    reg = Registry.load(user)
    meta = reg.by_id("meta")
    assert "Meta Platforms" in meta.aliases and "Meta Superintelligence Labs" in meta.aliases
    assert meta.name == "Meta" and meta.signatory is False
    assert reg.lookup("AcmeAI").company_id == "acme-ai"
    assert reg.executive("Jane Roe")[1].id == "acme-ai"


@pytest.mark.parametrize("content,needle", [
    ("[[company]\nid=", "not valid TOML"),
    ('[[company]]\nname = "X"\n', "needs an 'id'"),
    ('[[company]]\nid = "new-co"\n', "needs a 'name'"),
    ('[[company]]\nid = "x"\nname = "X"\naliases = "X Corp"\n', "list of strings"),
    ('[[company]]\nid = "x"\nname = "X"\ncolour = "red"\n', "unknown key"),
    ('[[company]]\nid = "x"\nname = "X"\nsignatory = "maybe"\n', "signatory"),
    ('[[company]]\nid = "x"\nname = "X"\n[[company.executive]]\nrole = "CEO"\n', "needs a 'name'"),
])
def test_malformed_user_file(tmp_path, content, needle):
    f = tmp_path / "bad.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=needle):
        Registry.load(f)


def test_missing_user_file(tmp_path):
    with pytest.raises(RegistryError, match="not found"):
        Registry.load(tmp_path / "absent.toml")
