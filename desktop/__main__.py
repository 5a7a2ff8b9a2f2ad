"""``python -m desktop`` and the ``tandem`` console script."""

import sys


def main() -> None:
    from desktop.app import main as app_main

    sys.exit(app_main())


if __name__ == "__main__":
    main()
