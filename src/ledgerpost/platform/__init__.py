"""Where things are on this machine: the bundled files."""
