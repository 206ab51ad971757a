"""The command line: `python -m bot ...` (`main`), its staff commands (`staff`) and
`bot privacy forget|purge` (`privacy`).

Parses arguments and prints results; the work is done by `bot.ops`, `bot.staff`,
`bot.modelops` and the layers below. May import everything; nothing imports from here
except `bot.__main__`.
"""
