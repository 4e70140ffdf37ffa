"""`python -m bench [NAME ...]`: run the benchmarks (each `bench/*.py` with a `main()`)."""
import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    """Run the `main()` of each named benchmark module, or of every public one in bench/."""
    here = [str(Path(__file__).parent)]
    names = argv or sorted(m.name for m in pkgutil.iter_modules(here) if m.name[0] != "_")
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        if hasattr(module, "main"):
            print(f"== {name}", flush=True)
            module.main()


if __name__ == "__main__":
    main(sys.argv[1:])
