"""CAMEO and PLOVER as data: code names, Goldstein scores, Quad/PentaClass, PLOVER types.

    >>> from accord.ontology import cameo
    >>> cameo("042").name, cameo("042").plover_type
    ('Make a visit', 'CONSULT')
"""

from .aliases import current_plover
from .tables import CameoCode, PloverMode, PloverType, cameo, codebook, plover_types

__all__ = ["current_plover", "CameoCode", "PloverMode", "PloverType", "cameo", "codebook", "plover_types"]
