from __future__ import annotations

import pytest

from nlp.registry import Registry, RegistryError
from nlp.types import Company, Executive


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
    ('[[company]]\nid = "x"\nname = "X"\nmodels = "X-1"\n', "'models' must be a list of strings"),
    ('[[company]]\nid = "x"\nname = "X"\nmodels = ["X-1", 2]\n', "'models' must be a list of strings"),
    ('[[company]]\nid = "x"\nname = "X"\n[[company.executive]]\nname = "A B"\nspokesperson = "yes"\n',
     "executive #1: 'spokesperson' must be a boolean"),
    ('[[company]]\nid = "meta"\n[[company.executive]]\nname = "Joel Kaplan"\nspokesperson = 1\n',
     "'spokesperson' must be a boolean"),
    ('[[company]]\nid = "x"\nname = "X"\ntraining = "no"\n', "'training' must be a boolean"),
])
def test_malformed_user_file(tmp_path, content, needle):
    f = tmp_path / "bad.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=needle):
        Registry.load(f)


def test_missing_user_file(tmp_path):
    with pytest.raises(RegistryError, match="not found"):
        Registry.load(tmp_path / "absent.toml")


def test_models_and_spokesperson_parse(registry):
    assert registry.by_id("openai").models == ("ChatGPT", "GPT-5")
    assert registry.by_id("mistral-ai").models == ("Mixtral", "Codestral")
    assert registry.by_id("cohere").models == ()
    assert registry.spokesperson("meta").name == "Joel Kaplan"
    assert registry.spokesperson("baidu") is None
    zuckerberg, _ = registry.executive("Mark Zuckerberg")
    assert zuckerberg.spokesperson is False


def test_new_fields_have_defaults():
    assert Company(id="x", name="X").models == ()
    assert Executive("A B").spokesperson is False
    assert Executive("A B", "CEO", ("B",)).spokesperson is False


def test_models_are_not_surface_forms(tmp_path):
    user = tmp_path / "extra.toml"
    user.write_text('[[company]]\nid = "acme-ai"\nname = "Acme AI"\nmodels = ["Roadrunner-2"]\n', encoding="utf-8")
    reg = Registry.load(user)
    assert reg.by_id("acme-ai").models == ("Roadrunner-2",)
    assert reg.lookup("Roadrunner-2") is None
    assert [f.text for f in reg.surface_forms if f.company_id == "acme-ai"] == ["Acme AI"]


def test_user_entry_extends_models_and_overrides_spokesperson(tmp_path):
    user = tmp_path / "extra.toml"
    user.write_text('''
[[company]]
id = "meta"
models = ["Llama 4", "Llama"]
[[company.executive]]
name = "Joel Kaplan"
spokesperson = false
[[company.executive]]
name = "Mark Zuckerberg"
spokesperson = true

[[company]]
id = "google"
[[company.executive]]
name = "Kent Walker"
aliases = ["K. Walker"]
''', encoding="utf-8")
    reg = Registry.load(user)
    assert reg.by_id("meta").models == ("Llama", "Llama 4")
    assert reg.spokesperson("meta").name == "Mark Zuckerberg"
    kaplan, _ = reg.executive("Joel Kaplan")
    assert kaplan.spokesperson is False and kaplan.role == "Chief Global Affairs Officer"
    walker, _ = reg.executive("Kent Walker")  # no mark given: the bundled one stays
    assert walker.spokesperson is True and "K. Walker" in walker.aliases
    assert reg.by_id("google").models == ("Gemini",)


def test_two_spokespeople_in_one_company_are_rejected(tmp_path):
    user = tmp_path / "extra.toml"
    user.write_text('[[company]]\nid = "meta"\n[[company.executive]]\nname = "Mark Zuckerberg"\nspokesperson = true\n',
                    encoding="utf-8")
    with pytest.raises(RegistryError, match=r"company 'meta': more than one spokesperson \(Joel Kaplan, Mark Zuckerberg\)"):
        Registry.load(user)


def test_at_most_one_spokesperson_per_bundled_company(registry):
    for company in registry:
        assert sum(e.spokesperson for e in company.executives) <= 1, company.id


def test_companies_added_outside_the_training_data_are_tagged(registry):
    # SAP, Siemens and Midjourney (training = false): followed like any company
    for name in ("SAP", "Siemens", "Midjourney"):
        assert registry.resolve(name) is not None
