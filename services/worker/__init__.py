"""The worker service: Celery tasks and the extraction engine they call."""
