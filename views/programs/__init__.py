"""One page per quick-win programme; shared building blocks live in ``views/programs/common.py``."""
