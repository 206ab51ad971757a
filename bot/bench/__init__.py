"""`make bench`: latency, throughput, training time and memory, side by side with a stock
`rasa init` assistant served the same way (see bot/bench/runner.py)."""
