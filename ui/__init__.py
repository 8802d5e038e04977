"""The desktop shell: a thin layer of Qt widgets over ``core``."""
