"""The numeric core: surfaces, optimizers, schedules, the stepping engine and outcomes.

Pure numpy: nothing here imports Qt, so it runs in notebooks, on the command line and in tests
without a display."""
