"""A tool package whose extra is not installed: importing it fails as the extra guards do."""

raise ImportError("iotconnect_fake needs the 'fake' extra: pip install 'iotconnect-openapi[fake]'")
