"""Parts every page uses: the background runner, table models, labels, language."""
