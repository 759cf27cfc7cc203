"""The reliability harness (`make torture`): real write work killed with SIGKILL, checked."""
