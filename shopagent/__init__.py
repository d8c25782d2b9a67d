"""shopagent: a command-line shopping agent that runs entirely on your machine."""

__version__ = "0.1.0"
