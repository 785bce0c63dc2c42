"""The ``newsmeta`` command line (also ``python -m newsmeta``).

Every subcommand is a small function ``_cmd_<name>(args) -> int`` (the exit code):
0 success / valid, 1 invalid input data, 2 usage error or unreadable input.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsmeta import _models
from newsmeta._errors import NewsmetaError, SchemaError
from newsmeta._settings import DEFAULT_LIMITS

__all__ = ["build_parser", "main"]


def _version() -> str:
    from newsmeta import __version__

    return __version__


def _model_names() -> str:
    from newsmeta._schema import schema_file_name

    return ", ".join(schema_file_name(c)[:-5] for c in _models.MODELS)


# --------------------------------------------------------------------------- schema


def _cmd_schema(args: argparse.Namespace) -> int:
    from newsmeta._schema import model_by_name, schema_file_name, schema_text, write_schemas

    if args.out is not None:
        try:
            if args.model is None:
                paths = write_schemas(Path(args.out))
            else:
                cls = model_by_name(args.model)
                out = Path(args.out)
                out.mkdir(parents=True, exist_ok=True)
                path = out / schema_file_name(cls)
                path.write_text(schema_text(cls), encoding="utf-8")
                paths = [path]
        except SchemaError as exc:
            print(f"newsmeta schema: {exc} (models: {_model_names()})", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"newsmeta schema: cannot write {args.out}: {exc}", file=sys.stderr)
            return 2
        for path in paths:
            print(path)
        return 0
    try:
        cls = model_by_name(args.model or "Article")
    except SchemaError as exc:
        print(f"newsmeta schema: {exc} (models: {_model_names()})", file=sys.stderr)
        return 2
    sys.stdout.write(schema_text(cls))
    return 0


# --------------------------------------------------------------------------- validate


_LINE = re.compile(r"line (\d+)")


def _error_line(exc: NewsmetaError, offset: int = 0) -> int:
    m = _LINE.search(str(exc))
    return offset + (int(m.group(1)) if m else 1)


def _records(name: str, text: str) -> Iterator[tuple[int, str, Any]]:
    """(line, pointer prefix, record or NewsmetaError) for JSON, a JSON array, or JSON Lines.

    A file is read as JSON Lines when its name ends in ``.jsonl``/``.ndjson`` or when its
    first non-blank line is a JSON value on its own and the whole text is not.
    """
    from newsmeta._serialize import loads

    lines = text.split("\n")  # JSON Lines are "\n"-separated (a trailing "\r" is whitespace)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:  # the caller reports empty input before reading records
        return
    as_lines = name.endswith((".jsonl", ".ndjson"))
    if not as_lines:
        try:
            data = loads(text, limits=DEFAULT_LIMITS)
        except NewsmetaError as exc:
            try:
                loads(lines[first], limits=DEFAULT_LIMITS)
            except NewsmetaError:
                yield _error_line(exc), "", exc
                return
            as_lines = True
        else:
            if isinstance(data, list):
                for i, item in enumerate(data):
                    yield first + 1, f"/{i}", item
            else:
                yield first + 1, "", data
            return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield number, "", loads(line, limits=DEFAULT_LIMITS)
        except NewsmetaError as exc:
            yield number, "", exc


def _read(name: str, stdin: TextIO) -> str:
    if name == "-":
        return stdin.read()
    return Path(name).read_text(encoding="utf-8-sig")


_ENVELOPE_KEYS = frozenset({"source", "url", "article", "error"})


def _unwrap(record: Any) -> tuple[str, Any, str | None]:
    """``(pointer prefix, article data, extraction error)`` of a record.

    ``newsmeta extract`` writes ``{"source", "url", "article"}`` (or ``"error"``) records;
    a bare article is validated as it is.
    """
    if (
        isinstance(record, dict)
        and "source" in record
        and ("article" in record or "error" in record)
        and set(record) <= _ENVELOPE_KEYS
    ):
        if "article" in record:
            return "/article", record["article"], None
        error = record.get("error")
        message = error.get("message", "") if isinstance(error, dict) else str(error)
        kind = error.get("type", "Error") if isinstance(error, dict) else "Error"
        return "", None, f"{record.get('source')}: extraction failed: {kind}: {message}"
    return "", record, None


def _cmd_validate(args: argparse.Namespace) -> int:
    """Validate records; exit 0 all valid, 1 some invalid, 2 usage error, unreadable or
    empty input."""
    import json

    from newsmeta._schema import model_by_name
    from newsmeta._validate import validate

    try:
        cls = model_by_name(args.model)
    except SchemaError as exc:
        print(f"newsmeta validate: {exc} (models: {_model_names()})", file=sys.stderr)
        return 2
    require = tuple(args.require or ())
    as_json = args.format == "json"
    status = 0
    files: list[dict[str, Any]] = []
    for name in args.files:
        label = "<stdin>" if name == "-" else name
        try:
            text = _read(name, sys.stdin)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"newsmeta validate: {label}: cannot read: {exc}", file=sys.stderr)
            status = 2
            files.append({"file": label, "error": f"cannot read: {exc}"})
            continue
        if not text.strip():
            print(f"newsmeta validate: {label}: empty input (no records)", file=sys.stderr)
            status = 2
            files.append({"file": label, "error": "empty input"})
            continue
        count = 0
        bad = 0
        found: list[dict[str, Any]] = []
        for line, prefix, record in _records(name, text):
            count += 1
            if isinstance(record, NewsmetaError):
                found.append(
                    {"line": line, "path": prefix, "code": "parse", "message": str(record)}
                )
                bad += 1
                continue
            inner, data, failed = _unwrap(record)
            if failed is not None:
                found.append(
                    {"line": line, "path": prefix, "code": "extract-error", "message": failed}
                )
                bad += 1
                continue
            problems = validate(data, cls, require=require)
            if problems:
                bad += 1
                found.extend(
                    {
                        "line": line,
                        "path": f"{prefix}{inner}{p.path}",
                        "code": p.code,
                        "message": p.message,
                    }
                    for p in problems
                )
        if bad:
            status = max(status, 1)
        files.append({"file": label, "records": count, "invalid": bad, "problems": found})
        if not as_json:
            for item in found:
                where = f" {item['path']}:" if item["path"] else ""
                print(f"{label}:{item['line']}:{where} {item['message']} [{item['code']}]")
            if not args.quiet:
                verdict = "ok" if bad == 0 else f"{bad} invalid"
                print(f"{label}: {_plural(count, 'record')}, {verdict}", file=sys.stderr)
    if as_json:
        report = {
            "valid": status == 0,
            "exit_code": status,
            "records": sum(f.get("records", 0) for f in files),
            "invalid": sum(f.get("invalid", 0) for f in files),
            "files": files,
        }
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    return status


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --------------------------------------------------------------------------- reserved


def _cmd_extract(args: argparse.Namespace) -> int:
    """Extract articles from pages, files, directories, JSON Lines or WARC (see docs/batch.md)."""
    from newsmeta._cli_extract import run_extract

    return run_extract(args)


def _cmd_fixture(args: argparse.Namespace) -> int:
    """JSON Lines of fixture articles (``to_json``), or of pages with ``--markup``.

    A page line is ``{"seed", "language", "markup", "url", "html"}``. Seeds run from
    ``--seed`` to ``--seed + --count - 1``; the language defaults to English.
    """
    import json

    from newsmeta._serialize import to_json
    from newsmeta.testing import MARKUPS, make_article, render_html

    language = args.language or "en"
    if args.markup is not None and args.markup not in MARKUPS:
        print(
            f"newsmeta fixture: unknown markup {args.markup!r} (choose from {', '.join(MARKUPS)})",
            file=sys.stderr,
        )
        return 2
    if args.count < 0:
        print("newsmeta fixture: --count must be >= 0", file=sys.stderr)
        return 2
    out = sys.stdout
    try:
        for seed in range(args.seed, args.seed + args.count):
            article = make_article(seed, language=language)
            if args.markup is None:
                line = to_json(article)
            else:
                line = json.dumps(
                    {
                        "seed": seed,
                        "language": language,
                        "markup": args.markup,
                        "url": article.canonical_url,
                        "html": render_html(article, markup=args.markup),
                    },
                    ensure_ascii=False,
                )
            out.write(line + "\n")
    except NewsmetaError as exc:
        print(f"newsmeta fixture: {exc}", file=sys.stderr)
        return 2
    out.flush()
    return 0


# --------------------------------------------------------------------------- parser


_EXIT_CODES = """exit codes:
  0    success: every record valid / every page extracted
  1    some records invalid / some pages failed (each reported)
  2    usage error, unreadable input, or no input at all (an empty file or directory)
  130  interrupted (Ctrl-C)"""


def _model_choices() -> list[str]:
    from newsmeta._schema import schema_file_name

    return [c.__name__ for c in _models.MODELS] + [schema_file_name(c)[:-5] for c in _models.MODELS]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (subcommands: schema, validate, extract, fixture)."""
    from newsmeta.testing import MARKUPS
    from newsmeta.testing._words import LANGUAGES

    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="newsmeta",
        description="Typed article and provenance metadata: extraction, schema, validation, "
        "fixtures. newsmeta never fetches pages: give it files or pipe HTML in.",
        epilog=_EXIT_CODES,
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"newsmeta {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    models = ", ".join(c.__name__ for c in _models.MODELS)

    p = sub.add_parser(
        "schema",
        help="print or write the JSON Schema of a model",
        description="Print the Draft 2020-12 JSON Schema of a model, or write every schema.",
        epilog=f"models: {models} (or their snake_case names)",
        formatter_class=formatter,
    )
    p.add_argument("model", nargs="?", default=None, help="model name (default: Article)")
    p.add_argument(
        "--out",
        metavar="DIR",
        help="write <model>.json files into DIR (all models when MODEL is not given)",
    )
    p.set_defaults(func=_cmd_schema)

    p = sub.add_parser(
        "validate",
        help="validate JSON, JSON Lines or newsmeta extract output",
        description="Validate records: JSON, a JSON array, or JSON Lines, including the "
        'records "newsmeta extract" writes ({"source", "url", "article"}). Problems are '
        "printed as FILE:LINE: POINTER: MESSAGE [CODE]; the pointer is a JSON pointer into "
        'the record ("" for the record itself, left out of the line).',
        epilog=_EXIT_CODES,
        formatter_class=formatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="JSON or JSON Lines file, - for stdin")
    p.add_argument(
        "--model",
        default="Article",
        choices=_model_choices(),
        metavar="MODEL",
        help=f"model the records describe (default: Article; one of {models})",
    )
    p.add_argument(
        "--require",
        action="append",
        metavar="PATH",
        help="a path that must be present and non-empty (repeatable), e.g. author/email; "
        "'publishable' asks for a title, a date and an author or publisher",
    )
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per problem (default); json: one JSON report on stdout for CI",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser(
        "extract",
        help="extract articles from HTML pages (one or a batch)",
        description="Extract article metadata from HTML files, directories, stdin, JSON Lines "
        "of {url, html} records or WARC files. newsmeta never fetches: for a URL, run "
        "curl -s URL | newsmeta extract - --url URL",
        epilog=_EXIT_CODES,
        formatter_class=formatter,
    )
    from newsmeta._cli_extract import add_extract_arguments

    add_extract_arguments(p)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser(
        "fixture",
        help="fixture articles or pages as JSON Lines",
        description="Deterministic fixture articles (or rendered pages with --markup) as "
        "JSON Lines, one per seed.",
        formatter_class=formatter,
    )
    p.add_argument("--seed", type=int, default=0, help="first seed (default: 0)")
    p.add_argument("--count", type=int, default=1, help="number of records (default: 1)")
    p.add_argument(
        "--markup",
        default=None,
        choices=MARKUPS,
        help="write pages in this markup style instead of articles",
    )
    p.add_argument(
        "--language", default=None, choices=LANGUAGES, help="language of the text (default: en)"
    )
    p.set_defaults(func=_cmd_fixture)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (argparse usage errors give 2)."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:  # --help / --version (0) or a usage error (2)
        return int(exc.code) if isinstance(exc.code, int) else 2
    if getattr(args, "func", None) is None:
        parser.print_usage(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
