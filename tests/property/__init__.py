"""Property tests: generated response bodies, made quirky, through the clients."""
