"""Print copies: documents and reports as PDF bytes, in the reader's language and script.

Nothing here touches the database or Qt: the renderers take domain values and return bytes.
"""
