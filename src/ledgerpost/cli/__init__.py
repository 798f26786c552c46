"""The command line: the same use cases as the window, without a screen."""
