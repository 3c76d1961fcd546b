"""``python -m coregs.service``: print the OpenAPI document (``> docs/openapi.json``)."""

import json
import sys

from coregs.service import openapi_document

sys.stdout.write(json.dumps(openapi_document(), indent=2, ensure_ascii=False) + "\n")
