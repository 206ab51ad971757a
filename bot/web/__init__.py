"""The clinic website side: the chat widget and a demo clinic page (`python -m bot web`)."""
