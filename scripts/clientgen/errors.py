"""The pipeline's error base: anything a person must fix in a spec, overlay or template."""


class PipelineError(Exception):
    """A problem in the pipeline's inputs; the message names the file or field."""
