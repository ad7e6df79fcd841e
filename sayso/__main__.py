"""`sayso` and `python -m sayso`: a light entry point, so Ctrl-C while starting is a clean exit."""
import sys


def main() -> None:
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        sys.exit(130)
    run()


if __name__ == "__main__":
    main()
