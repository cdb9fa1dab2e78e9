"""Defer the parts of presidio's and spaCy's packages that draftlint never runs.

Importing presidio_analyzer imports its predefined_recognizers package, whose ~100
recognizers compile ~170 regexes as their classes are defined (0.35-0.5 s on every start);
presidio itself needs only the three NLP-engine recognizers from it at import. Importing
spacy imports spacy.cli for `spacy.info` (0.2 s: typer apps, weasel, requests). A finder
on sys.meta_path gives these modules a loader that runs their code only when a name the
import did not ask for is read, so anything that does use them still gets the real module.
"""

# Imported by `lint` itself, so by every command, `--help` included: only cheap imports here.
import importlib
import importlib.machinery
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any, NamedTuple


class Deferral(NamedTuple):
    # Names served from a light submodule without running the package's own code.
    served_by: dict[str, str] = {}  # noqa: RUF012 (never mutated)
    # Functions handed out as stand-ins that load the module when first called.
    forwarded: tuple[str, ...] = ()


_PREDEFINED = "presidio_analyzer.predefined_recognizers"
DEFERRALS: dict[str, Deferral] = {
    _PREDEFINED: Deferral(
        served_by={
            name: f"{_PREDEFINED}.nlp_engine_recognizers"
            for name in ("SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer")
        }
    ),
    "spacy.cli": Deferral(),
    "spacy.cli.info": Deferral(forwarded=("info",)),
}


class _DeferringLoader:  # the import system's Loader protocol; importlib.abc costs 15 ms
    def __init__(self, real: Any, deferral: Deferral) -> None:
        self.real = real
        self.deferral = deferral

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.real.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        module.__getattr__ = _lazy_getattr(module, self)  # type: ignore[method-assign]

    def load_for_real(self, module: ModuleType) -> None:
        if vars(module).pop("__getattr__", None) is None:
            return  # already loaded
        for name in sorted(DEFERRALS, reverse=True):  # a package's own deferred children first
            child = sys.modules.get(name)
            if name.startswith(module.__name__ + ".") and isinstance(
                getattr(child, "__loader__", None), _DeferringLoader
            ):
                child.__loader__.load_for_real(child)  # type: ignore[union-attr]
        self.real.exec_module(module)


def _lazy_getattr(module: ModuleType, loader: _DeferringLoader) -> Callable[[str], Any]:
    def getattr_(name: str) -> Any:
        if name.startswith("__"):  # dunder probes (copy, pickle, inspect) must not load it
            raise AttributeError(name)
        if name in loader.deferral.served_by:
            try:
                return getattr(importlib.import_module(loader.deferral.served_by[name]), name)
            except (ImportError, AttributeError):
                pass  # another release, laid out otherwise: the real module has the name
        elif name in loader.deferral.forwarded:
            return _forwarder(module, loader, name)
        loader.load_for_real(module)
        return getattr(module, name)

    return getattr_


def _forwarder(module: ModuleType, loader: _DeferringLoader, name: str) -> Callable[..., Any]:
    def forward(*args: Any, **kwargs: Any) -> Any:
        loader.load_for_real(module)
        return getattr(module, name)(*args, **kwargs)

    forward.__name__ = name
    return forward


class _DeferringFinder:  # the MetaPathFinder protocol
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        deferral = DEFERRALS.get(fullname)
        if deferral is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = _DeferringLoader(spec.loader, deferral)
        return spec


def install() -> None:
    """Defer the modules above; call before presidio_analyzer or spacy is imported."""
    if not any(isinstance(finder, _DeferringFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _DeferringFinder())
