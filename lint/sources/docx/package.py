"""A .docx as a zip of parts, opened with limits: no part is inflated past a cap, images are
never decompressed to read, and a broken or hostile archive is one DraftlintError line."""

import contextlib
import io
import posixpath
import shutil
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lint.errors import DraftlintError

# lxml needs about 20 bytes of memory per byte of dense XML (measured: 10 MB of <w:p/>
# parses into 229 MB), so the XML caps bound memory. A CV's document.xml is 50-500 KB, a
# long report's a few MB; 10 MB of XML is the size we already refuse for a text draft.
MAX_XML_PART = 10_000_000
MAX_XML_TOTAL = 20_000_000
# Images are only copied, in chunks, into the redacted copy; this cap bounds that time.
# A CV with photos is 5-10 MB uncompressed.
MAX_TOTAL = 100_000_000
MAX_ENTRIES = 5_000  # Word writes 10-50 parts
CHUNK = 1 << 20
CFB_MAGIC = b"\xd0\xcf\x11\xe0"  # OLE compound file: a password-protected .docx, or a .doc

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


class Package:
    """The zip's parts by name; XML parts parsed on demand and kept for saving."""

    def __init__(self, name: str, archive: zipfile.ZipFile) -> None:
        self.name = name
        self.archive = archive
        self.trees: dict[str, Any] = {}
        self.names = {info.filename for info in archive.infolist()}
        self.dropped: set[str] = set()

    def xml(self, part: str) -> Any:
        """The parsed part, or None when the package has no such part."""
        if part not in self.trees:
            if part not in self.names:
                return None
            with self.archive.open(part) as stream:
                data = stream.read(MAX_XML_PART + 1)  # declared sizes were checked; and again
            if len(data) > MAX_XML_PART:
                raise DraftlintError(f"{self.name}: {part} expands past 10 MB, not a draft")
            self.trees[part] = _parse(self.name, part, data)
        return self.trees[part]

    def content_type(self, part: str) -> str:
        types = self.xml("[Content_Types].xml")
        if types is None:
            return ""
        for override in types.iter(CT_NS + "Override"):
            if override.get("PartName", "").lstrip("/") == part:
                return override.get("ContentType", "")
        extension = part.rsplit(".", 1)[-1].lower()
        for default in types.iter(CT_NS + "Default"):
            if default.get("Extension", "").lower() == extension:
                return default.get("ContentType", "")
        return ""

    def parts_of_type(self, suffix: str) -> list[str]:
        return sorted(n for n in self.names if self.content_type(n).endswith(suffix))

    def relationships(self, part: str) -> list[Any]:
        """The part's Relationship elements ("" is the package itself)."""
        folder, base = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", f"{base}.rels"))
        return [] if rels is None else list(rels.iter(f"{{{REL_NS}}}Relationship"))

    def target(self, part: str, relationship: Any) -> str:
        """The part name an internal relationship points at."""
        target = relationship.get("Target", "")
        if target.startswith("/"):
            return target.lstrip("/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))

    def main_part(self) -> str:
        for relationship in self.relationships(""):
            if relationship.get("Type") == OFFICE_DOCUMENT:
                return self.target("", relationship)
        raise DraftlintError(f"{self.name}: not a Word document (no main document part)")

    def drop(self, part: str) -> None:
        """Leave a part out of the saved copy, with the package relationships to it."""
        self.dropped.add(part)
        self.names.discard(part)
        for relationship in self.relationships(""):
            if self.target("", relationship) == part:
                relationship.getparent().remove(relationship)

    def save(self) -> bytes:
        """The package with every parsed part serialized again, the rest copied as is."""
        from lxml import etree

        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in self.archive.infolist():
                if info.filename in self.dropped:
                    continue
                entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                entry.compress_type = zipfile.ZIP_DEFLATED
                if info.filename in self.trees:
                    root = self.trees[info.filename]
                    copy.writestr(
                        entry, etree.tostring(root, xml_declaration=True, encoding="UTF-8")
                    )
                    continue
                with self.archive.open(info) as source, copy.open(entry, "w") as target:
                    shutil.copyfileobj(source, target, CHUNK)
        return out.getvalue()


def _parse(name: str, part: str, data: bytes) -> Any:
    from lxml import etree

    # OPC forbids DTDs; never expand entities nor fetch anything.
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.LxmlError as error:
        raise DraftlintError(f"{name}: corrupt Word document ({part}: {error})") from None
    if root.getroottree().docinfo.doctype:
        raise DraftlintError(f"{name}: corrupt Word document ({part} declares a DTD)")
    return root


def check_entries(name: str, archive: zipfile.ZipFile) -> None:
    """Refuse a zip whose declared sizes, methods or encryption we will not handle.

    zipfile stops inflating an entry at its declared size (and then fails on the CRC), so
    once the declared sizes are under the caps no read can go past them."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise DraftlintError(f"{name}: {len(infos)} parts in the archive, not a draft")
    xml_total = total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DraftlintError(f"{name}: an encrypted part ({info.filename}), not a draft")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise DraftlintError(
                f"{name}: {info.filename} uses compression method {info.compress_type}, "
                "which Word never writes"
            )
        total += info.file_size
        if _is_xml(info.filename):
            xml_total += info.file_size
            if info.file_size > MAX_XML_PART:
                raise DraftlintError(f"{name}: {info.filename} expands past 10 MB, not a draft")
    if xml_total > MAX_XML_TOTAL:
        raise DraftlintError(f"{name}: its XML expands past 20 MB, not a draft")
    if total > MAX_TOTAL:
        raise DraftlintError(f"{name}: expands to more than 100 MB, not a draft")


@contextlib.contextmanager
def open_package(name: str, data: bytes | None = None) -> Iterator[Package]:
    """The package of a file (or of its bytes), every failure one DraftlintError line."""
    try:
        source: Any = io.BytesIO(data) if data is not None else Path(name)
        head = data[:4] if data is not None else _head(name)
        if head == CFB_MAGIC:
            raise DraftlintError(
                f"{name}: a password-protected or old-format Word file; "
                "save it as .docx without a password"
            )
        with zipfile.ZipFile(source) as archive:
            check_entries(name, archive)
            package = Package(name, archive)
            yield package
    except DraftlintError:
        raise
    except FileNotFoundError:
        raise DraftlintError(f"{name}: no such file or folder") from None
    except PermissionError:
        raise DraftlintError(f"{name}: permission denied") from None
    except zipfile.BadZipFile as error:
        raise DraftlintError(f"{name}: not a Word document, or a corrupt one ({error})") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, zlib.error, EOFError) as e:
        raise DraftlintError(f"{name}: corrupt Word document ({e})") from None
    except OSError as error:
        raise DraftlintError(f"{name}: cannot read: {error.strerror or error}") from None


def _head(path: str) -> bytes:
    with open(path, "rb") as stream:
        return stream.read(4)
