"""Defer the parts of presidio's and spaCy's packages that draftlint never runs.

Importing presidio_analyzer imports its predefined_recognizers package, whose ~100
recognizers compile ~170 regexes as their classes are defined (a large share of every
start: docs/benchmarks.md has the figures); presidio itself needs only the three
NLP-engine recognizers from it at import. Importing spacy imports spacy.cli for
`spacy.info` (typer apps, weasel, requests).

Inside `deferring()`, a finder on sys.meta_path gives these modules a loader that runs their
code only when a name the import did not ask for is read. Whoever uses them later gets the
real module for every import form: `import x` then `x.name`, `from x import name`,
`from x import *` and `dir(x)` all run the module's own code first. The finder is on
sys.meta_path only while draftlint imports its engine, never for the process at large.
"""

import contextlib
import importlib
import importlib.machinery
import importlib.util
import sys
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple, cast

if TYPE_CHECKING:
    from importlib.abc import Loader


class Deferral(NamedTuple):
    # Names served from a light submodule without running the package's own code: the
    # very objects the package would give, since it imports them from there too.
    served_by: dict[str, str] = {}  # noqa: RUF012 (never mutated)
    # Functions handed out, while the finder is installed, as stand-ins that load the
    # module when first called: only the import that draftlint itself runs gets one.
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
    # `from .cli.info import info` in spacy/__init__.py: spacy.info calls the real one.
    "spacy.cli.info": Deferral(forwarded=("info",)),
}


class _DeferringLoader:  # the import system's Loader protocol; importlib.abc is slow to import
    def __init__(self, real: Any, deferral: Deferral) -> None:
        self.real = real
        self.deferral = deferral
        self.loaded = False

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.real.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        if self.loaded:  # importlib.reload(module): run its code again, as its own loader would
            self.real.exec_module(module)
            return
        # PEP 562: a module's __getattr__ answers names it lacks, its __dir__ answers dir().
        module.__getattr__ = _lazy_getattr(module, self)  # type: ignore[method-assign]
        module.__dir__ = _lazy_dir(module, self)  # type: ignore[method-assign]

    def load_for_real(self, module: ModuleType) -> None:
        if self.loaded:
            return
        self.loaded = True
        vars(module).pop("__getattr__", None)
        vars(module).pop("__dir__", None)
        for name in sorted(DEFERRALS, reverse=True):  # a package's own deferred children first
            child = sys.modules.get(name)
            loader = getattr(child, "__loader__", None)
            if name.startswith(module.__name__ + ".") and isinstance(loader, _DeferringLoader):
                loader.load_for_real(child)  # type: ignore[arg-type]
        self.real.exec_module(module)


def _lazy_getattr(module: ModuleType, loader: _DeferringLoader) -> Callable[[str], Any]:
    def getattr_(name: str) -> Any:
        if name == "__all__":  # `from x import *` reads it: the real module's list, or none
            loader.load_for_real(module)
            if "__all__" in vars(module):
                return vars(module)["__all__"]
            raise AttributeError(name)
        if name.startswith("__"):  # other dunder probes (copy, pickle, inspect) must not load
            raise AttributeError(name)
        if name in loader.deferral.served_by:
            try:
                return getattr(importlib.import_module(loader.deferral.served_by[name]), name)
            except (ImportError, AttributeError):
                pass  # another release, laid out otherwise: the real module has the name
        elif name in loader.deferral.forwarded and _FINDER in sys.meta_path:
            return _forwarder(module, loader, name)
        loader.load_for_real(module)
        return getattr(module, name)

    return getattr_


def _lazy_dir(module: ModuleType, loader: _DeferringLoader) -> Callable[[], list[str]]:
    def dir_() -> list[str]:
        loader.load_for_real(module)
        return dir(module)

    return dir_


def _forwarder(module: ModuleType, loader: _DeferringLoader, name: str) -> Callable[..., Any]:
    def forward(*args: Any, **kwargs: Any) -> Any:
        loader.load_for_real(module)
        return getattr(module, name)(*args, **kwargs)

    forward.__name__ = forward.__qualname__ = name
    forward.__module__ = module.__name__
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
        spec.loader = cast("Loader", _DeferringLoader(spec.loader, deferral))
        return spec


_FINDER = _DeferringFinder()


def import_deferred(name: str) -> ModuleType:
    """The module `name`, imported as the finder would import it, without running its code.

    As the import system does: it goes into sys.modules and becomes its parent's attribute.
    """
    if name in sys.modules:
        return sys.modules[name]
    parent_name, _, child = name.rpartition(".")
    parent = importlib.import_module(parent_name)
    spec = importlib.machinery.PathFinder.find_spec(name, parent.__path__)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = _DeferringLoader(spec.loader, DEFERRALS.get(name, Deferral()))
    spec.loader = cast("Loader", loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    setattr(parent, child, module)
    return module


@contextlib.contextmanager
def deferring() -> Iterator[None]:
    """Defer the modules above that are first imported inside the block."""
    if _FINDER in sys.meta_path:  # an enclosing block has it already
        yield
        return
    sys.meta_path.insert(0, _FINDER)
    try:
        yield
    finally:
        sys.meta_path.remove(_FINDER)
