"""landscape-gui: see optimization. Loss surfaces as contour maps and 3-D landscapes, with
optimizers racing across them step by step."""

__version__ = "0.1.0"
