"""The bundle's entry point: the same ``main()`` as the ``tandem`` console script and ``python -m desktop``."""

from desktop.__main__ import main

if __name__ == "__main__":
    main()
