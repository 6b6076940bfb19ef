"""The parse stage's one error."""


class NotAnArticle(ValueError):
    """The text cannot be an article; the message says why."""
