"""The Qt table models that list cases and a case's records."""
