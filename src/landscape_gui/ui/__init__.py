"""The Qt user interface (PySide6 + pyqtgraph). It calls the core; the core never calls it."""
