"""The staff operations, one function each, shared by the console and the command line.

Owns retiring topics, adding examples, dismissing review items, starting retrains,
rolling back (`operations`) and answer sign-off (`content_review`), each writing its
audit record. May import: `bot.modelops`, `bot.storage`, `bot.content`, `bot.admin.auth`
(accounts) and the layers below; the console views and the CLI only parse input and
render output around these.
"""
