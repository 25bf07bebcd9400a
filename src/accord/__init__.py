"""accord: political event data from news text.

    >>> from accord import Coder
    >>> events = Coder().code("Japan's prime minister visited Seoul on Sunday.", published="2023-05-07")
"""

__version__ = "0.1.0"

__all__ = ["Coder", "__version__"]


def __getattr__(name):  # lazy: importing accord must not load spaCy
    if name == "Coder":
        from .pipeline import Coder

        return Coder
    raise AttributeError(name)
