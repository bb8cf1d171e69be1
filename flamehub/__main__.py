"""Command line: ``python -m flamehub <command>``.

Commands live in :data:`COMMANDS` (name -> (help, add_arguments, run)), so more can be added
next to ``serve`` without touching the parser code.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Sequence

Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def _serve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=3000, help="port (default 3000; 0 = any)")
    parser.add_argument(
        "--token-lifetime",
        type=float,
        default=3600,
        metavar="SECONDS",
        help="life of access tokens (default 3600)",
    )
    parser.add_argument(
        "--registry",
        default=None,
        metavar="PATH",
        help="a resources.yaml to serve instead of the package's",
    )


def _serve(arguments: argparse.Namespace) -> int:
    """Run the emulator in the foreground until Ctrl-C (or SIGTERM)."""
    from flamehub.registry import RegistryError, load_registry

    try:
        from flamehub.testing import HubEmulator

        registry = load_registry(arguments.registry) if arguments.registry else None
        hub = HubEmulator(
            registry,
            token_lifetime=arguments.token_lifetime,
            host=arguments.host,
            port=arguments.port,
        )
    except (ImportError, RegistryError, ValueError) as exc:
        print(f"flamehub serve: {exc}", file=sys.stderr)
        return 1
    try:
        hub.bind()
    except (OSError, ValueError) as exc:
        print(
            f"flamehub serve: cannot listen on {arguments.host}:{arguments.port}: {exc}",
            file=sys.stderr,
        )
        return 1

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    # The socket listens from bind() on, so connections are accepted once this line is out.
    print(f"flamehub emulator listening on http://{hub.host}:{hub.port}", flush=True)
    try:
        hub.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        hub.stop()
    return 0


def _quickstart(arguments: argparse.Namespace) -> int:
    from flamehub.errors import HubAPIError
    from flamehub.quickstart import main as run_quickstart

    try:
        run_quickstart()
    except (HubAPIError, ValueError) as exc:
        print(f"flamehub quickstart: {exc}", file=sys.stderr)
        return 1
    return 0


COMMANDS: dict[str, Command] = {
    "serve": ("run the Hub emulator in the foreground", _serve_arguments, _serve),
    "quickstart": (
        "walk through the client against an emulator (or the Hub named by FLAMEHUB_* variables)",
        lambda parser: None,
        _quickstart,
    ),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flamehub",
        description="flamehub: run the Hub emulator, or the quickstart against it.",
        epilog="The emulator serves auth under /auth/, core under /core/ and storage under "
        "/storage/; log in as admin with the password start123.",
    )
    subcommands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, add_arguments, run) in COMMANDS.items():
        subparser = subcommands.add_parser(name, help=help_text, description=help_text)
        add_arguments(subparser)
        subparser.set_defaults(run=run)
    arguments = parser.parse_args(argv)
    return int(arguments.run(arguments))


if __name__ == "__main__":
    sys.exit(main())
