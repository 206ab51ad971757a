"""Command-line equivalents of the staff console, for operators who script.

`bot admin` (serve the console; `add-user`, `set-password`, `list-users`, `grant`,
`revoke`), `bot faq` (`list`, `add`, `add-example`, `retire`, `review-status`,
`sign-off`), `bot review`, `bot retrain`, `bot rollback` and `bot models`. Changes are
recorded in the audit log as `<user> (cli)`.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from pathlib import Path

from bot.common.text_clean import clean_text
from bot.settings import get_settings


def _actor(args: argparse.Namespace) -> str:
    return args.by or f"{getpass.getuser()} (cli)"


def _database():
    from bot.storage.db import Database

    return Database.from_settings()


def _staff():
    from bot.staff.operations import StaffStores

    return StaffStores.build(get_settings(), _database(), _faq_store())


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return clean_text(sys.stdin.readline().rstrip("\n"))
    first = clean_text(getpass.getpass("Password: "))
    if first != clean_text(getpass.getpass("Password again: ")):
        raise ValueError("the passwords differ")
    return first


# -- bot admin ----------------------------------------------------------------------


def _cmd_admin(args: argparse.Namespace) -> int:
    from bot.admin.app import run_console

    run_console(get_settings())
    return 0


def _cmd_add_user(args: argparse.Namespace) -> int:
    from bot.staff import operations as staff_ops

    try:
        user = staff_ops.add_user(_staff(), _actor(args), args.username, _read_password(args))
    except ValueError as error:
        print(f"Not created: {error}.", file=sys.stderr)
        return 1
    print(f"Created staff account {user.username}.")
    return 0


def _cmd_set_password(args: argparse.Namespace) -> int:
    from bot.staff import operations as staff_ops

    try:
        staff_ops.set_password(_staff(), _actor(args), args.username, _read_password(args))
    except ValueError as error:
        print(f"Not changed: {error}.", file=sys.stderr)
        return 1
    print(f"New password set for {args.username}; their sessions were ended.")
    return 0


def _cmd_list_users(args: argparse.Namespace) -> int:
    from bot.admin.auth import UserStore

    users = UserStore(_database()).all()
    if not users:
        print("No staff accounts. Create one with: python -m bot admin add-user <name>")
    for user in users:
        last = f"{user.last_login_at:%Y-%m-%d %H:%M}" if user.last_login_at else "never"
        state = "disabled" if user.disabled else "active"
        roles = ", ".join(sorted(UserStore(_database()).roles(user.username))) or "-"
        print(f"{user.username:20} {state:8} roles {roles:10} last sign-in {last}")
    return 0


# -- bot faq --------------------------------------------------------------------------


def _faq_store():
    from bot.content.faq_store import FaqStore

    return FaqStore(get_settings().training_root)


def _cmd_faq_list(args: argparse.Namespace) -> int:
    topics = _faq_store().topics()
    print(f"{'topic':24} {'examples':>8}  title")
    for name in sorted(topics):
        topic = topics[name]
        print(f"{name:24} {len(topic.examples):>8}  {topic.title}")
    print(f"{len(topics)} topics.")
    return 0


def _cmd_faq_add(args: argparse.Namespace) -> int:
    from bot.content.faq_store import ContentError
    from bot.staff import operations as staff_ops

    examples = list(args.example or [])
    if args.examples_file:
        text = clean_text(args.examples_file.read_text(errors="replace"))
        examples += [line for line in text.splitlines() if line.strip()]
    try:
        topic = staff_ops.add_topic(
            _staff(),
            _actor(args),
            args.name,
            args.title or "",
            examples,
            args.answer,
            args.source or [],
        )
    except ContentError as error:
        print("Not added:", *error.problems, sep="\n  ", file=sys.stderr)
        return 1
    print(f"Added {topic.path}. Run `python -m bot retrain` to make the assistant use it.")
    return 0


def _cmd_faq_add_example(args: argparse.Namespace) -> int:
    from bot.content.faq_store import ContentError
    from bot.staff import operations as staff_ops

    try:
        added = staff_ops.add_examples(_staff(), _actor(args), args.topic, args.examples)
    except KeyError:
        print(f"No topic {args.topic}.", file=sys.stderr)
        return 1
    except ContentError as error:
        print("Not added:", *error.problems, sep="\n  ", file=sys.stderr)
        return 1
    print(f"Added {len(added)} example(s) to {args.topic}.")
    return 0


def _cmd_faq_retire(args: argparse.Namespace) -> int:
    from bot.staff import operations as staff_ops

    try:
        staff_ops.retire_topic(_staff(), _actor(args), args.topic)
    except KeyError:
        print(f"No topic {args.topic}.", file=sys.stderr)
        return 1
    print(f"Retired {args.topic} (moved to data_retired/).")
    return 0


def _cmd_faq_review_status(args: argparse.Namespace) -> int:
    import datetime as dt

    from bot.staff.content_review import review_rows, review_summary

    settings = get_settings()
    rows = review_rows(_faq_store().topics(), dt.date.today(), settings.content_review_days)
    print(f"{'topic':24} {'status':11} reviewed")
    for row in rows:
        topic = row.topic
        when = f"{topic.reviewed_on} by {topic.reviewed_by}" if topic.reviewed_on else "-"
        print(f"{row.topic.name:24} {row.review.value:11} {when}")
    print(f"{review_summary(rows)} (a review counts for {settings.content_review_days} days).")
    return 0


def _cmd_faq_sign_off(args: argparse.Namespace) -> int:
    import datetime as dt

    from bot.admin.auth import UserStore
    from bot.staff.content_review import NotAClinician, sign_off
    from bot.storage.audit import AuditLog

    database = _database()
    try:
        topic = sign_off(
            _faq_store(),
            UserStore(database),
            AuditLog(database),
            args.topic,
            args.clinician,
            dt.date.today(),
        )
    except KeyError:
        print(f"No topic {args.topic}.", file=sys.stderr)
        return 1
    except (NotAClinician, ValueError) as error:
        print(f"Not signed off: {error}.", file=sys.stderr)
        return 1
    print(f"{topic.name}: reviewed by {topic.reviewed_by} on {topic.reviewed_on}.")
    return 0


def _cmd_role(args: argparse.Namespace) -> int:
    from bot.staff import operations as staff_ops

    grant = args.admin_command == "grant"
    try:
        changed = staff_ops.change_role(_staff(), _actor(args), args.username, args.role, grant)
    except ValueError as error:
        print(f"Not changed: {error}.", file=sys.stderr)
        return 1
    verb = "now has" if args.admin_command == "grant" else "no longer has"
    print(f"{args.username} {verb} the role {args.role}." if changed else "Nothing to change.")
    return 0


# -- bot review -----------------------------------------------------------------------


def _cmd_review(args: argparse.Namespace) -> int:
    from bot.staff import operations as staff_ops
    from bot.storage.review import ReviewStore
    from bot.storage.review_groups import group_similar

    database = _database()
    store = ReviewStore(database)
    items = {item.id: item for item in store.open_items(1000)}
    chosen = [items[i] for i in args.ids if i in items]
    missing = [i for i in args.ids if i not in items]
    if missing:
        print(f"Not open or unknown: {', '.join(map(str, missing))}", file=sys.stderr)
    if args.dismiss:
        staff_ops.dismiss(_staff(), _actor(args), chosen)
        print(f"Dismissed {len(chosen)}.")
        return 1 if missing else 0
    if args.add_to:
        from bot.content.faq_store import ContentError

        try:
            added = staff_ops.add_examples(
                _staff(), _actor(args), args.add_to, [item.text for item in chosen], chosen
            )
        except (KeyError, ContentError) as error:
            print(f"Not added: {error}", file=sys.stderr)
            return 1
        print(f"Added {len(added)} example(s) to {args.add_to}.")
        return 1 if missing else 0
    groups = group_similar(list(items.values()))
    if not groups:
        print("Nothing to review.")
    for group in groups:
        kinds = ", ".join(group.kinds)
        print(f"[{group.key}] x{len(group.items)} ({kinds}) {group.text}")
        for text in group.texts[1:]:
            print(f"    also: {text}")
    return 0


# -- bot retrain / rollback / models ------------------------------------------------


def _cmd_retrain(args: argparse.Namespace) -> int:
    import logging

    from bot.modelops.model_store import ModelStore
    from bot.modelops.retrain import RetrainPaths, run_retrain
    from bot.staff import operations as staff_ops
    from bot.storage.models import RunStatus

    settings = get_settings()
    logging.getLogger("bot.modelops.training").setLevel(logging.WARNING)
    database = _database()
    run_id = args.run_id  # given: the console queued (and audited) the run
    if run_id is None:
        run_id = staff_ops.start_retrain(_staff(), _actor(args), args.trigger)
    run = run_retrain(
        RetrainPaths.from_settings(settings),
        database,
        requested_by=_actor(args),
        trigger=args.trigger,
        run_id=run_id,
        echo=lambda line: print(line, flush=True),
    )
    print(f"Retrain #{run.id}: {run.status}. {run.error}".strip())
    if run.status == RunStatus.PUBLISHED and args.wait_live:
        store = ModelStore(database)
        deadline = time.monotonic() + args.wait_live
        while time.monotonic() < deadline:
            live = store.live()
            if live is not None and live.run_id == run.id and live.confirmed_at is not None:
                print("The Rasa server is running the new model.")
                break
            time.sleep(0.5)
        else:
            print("The Rasa server has not picked the model up yet.", file=sys.stderr)
            return 3
    exit_codes = {RunStatus.PUBLISHED: 0, RunStatus.UNCHANGED: 0, RunStatus.BUSY: 2}
    return exit_codes.get(run.status, 1)


def _cmd_rollback(args: argparse.Namespace) -> int:
    from bot.staff import operations as staff_ops

    try:
        live = staff_ops.rollback(_staff(), _actor(args))
    except LookupError as error:
        print(f"Cannot roll back: {error}.", file=sys.stderr)
        return 1
    print(f"{live.name} is live again; the Rasa server switches within its pull interval.")
    return 0


def _cmd_models(args: argparse.Namespace) -> int:
    from bot.modelops.model_store import ModelStore

    store = ModelStore(_database())
    live = store.live()
    print(f"Live: {live.name if live else 'nothing published yet'}")
    for row in store.history(args.limit):
        state = " (rolled back)" if row.rolled_back_at else ""
        print(
            f"  {row.published_at:%Y-%m-%d %H:%M}  {Path(row.model_path).name}  "
            f"{row.reason} by {row.published_by}{state}"
        )
    return 0


def add_staff_commands(commands: argparse._SubParsersAction) -> None:
    """Adds the staff commands to the `bot` command line."""
    admin = commands.add_parser("admin", help="serve the staff console; manage staff accounts")
    admin.set_defaults(handler=_cmd_admin)
    accounts = admin.add_subparsers(dest="admin_command")
    for name, handler, text in (
        ("add-user", _cmd_add_user, "create a staff account (asks for the password)"),
        ("set-password", _cmd_set_password, "set a new password (ends the account's sessions)"),
    ):
        command = accounts.add_parser(name, help=text)
        command.add_argument("username")
        command.add_argument(
            "--password-stdin", action="store_true", help="read the password from stdin"
        )
        command.add_argument("--by", help="who does this (for the audit log)")
        command.set_defaults(handler=handler)
    accounts.add_parser("list-users", help="list staff accounts").set_defaults(
        handler=_cmd_list_users
    )
    for name, text in (("grant", "give an account a role"), ("revoke", "take a role away")):
        command = accounts.add_parser(name, help=f"{text} (clinician: may sign off answers)")
        command.add_argument("username")
        command.add_argument("role", choices=["clinician"])
        command.add_argument("--by", help="who does this (for the audit log)")
        command.set_defaults(handler=_cmd_role)

    faq = commands.add_parser("faq", help="list and change FAQ topics")
    faq_commands = faq.add_subparsers(dest="faq_command", required=True)
    faq_commands.add_parser("list", help="list the FAQ topics").set_defaults(handler=_cmd_faq_list)
    add = faq_commands.add_parser("add", help="add a topic (data/nlu/faq/<name>.yml)")
    add.add_argument("name")
    add.add_argument("--title")
    add.add_argument("--answer", required=True)
    add.add_argument("--source", action="append", help="a source (repeat for more)")
    add.add_argument("--example", action="append", help="an example question (repeat)")
    add.add_argument("--examples-file", type=Path, help="example questions, one a line")
    add.add_argument("--by", help="who does this (for the audit log)")
    add.set_defaults(handler=_cmd_faq_add)
    example = faq_commands.add_parser("add-example", help="add example questions to a topic")
    example.add_argument("topic")
    example.add_argument("examples", nargs="+")
    example.add_argument("--by", help="who does this (for the audit log)")
    example.set_defaults(handler=_cmd_faq_add_example)
    retire = faq_commands.add_parser("retire", help="move a topic out of the training data")
    retire.add_argument("topic")
    retire.add_argument("--by", help="who does this (for the audit log)")
    retire.set_defaults(handler=_cmd_faq_retire)
    faq_commands.add_parser(
        "review-status", help="which answers a clinician has reviewed, and which are stale"
    ).set_defaults(handler=_cmd_faq_review_status)
    sign = faq_commands.add_parser("sign-off", help="record a clinician's review of an answer")
    sign.add_argument("topic")
    sign.add_argument("--clinician", required=True, help="the clinician's staff account")
    sign.set_defaults(handler=_cmd_faq_sign_off)

    review = commands.add_parser("review", help="the review queue, grouped; dismiss or add")
    review.add_argument("ids", nargs="*", type=int, help="review item ids to act on")
    action = review.add_mutually_exclusive_group()
    action.add_argument("--dismiss", action="store_true", help="dismiss the items")
    action.add_argument("--add-to", metavar="TOPIC", help="add the items as examples of TOPIC")
    review.add_argument("--by", help="who does this (for the audit log)")
    review.set_defaults(handler=_cmd_review)

    retrain = commands.add_parser(
        "retrain", help="validate, train, run the safety gates and publish if they pass"
    )
    retrain.add_argument("--wait-live", type=float, default=0, metavar="SECONDS")
    retrain.add_argument("--by", help="who asks (for the training history)")
    retrain.add_argument("--trigger", default="cli", help=argparse.SUPPRESS)
    retrain.add_argument("--run-id", type=int, help=argparse.SUPPRESS)
    retrain.set_defaults(handler=_cmd_retrain)

    rollback = commands.add_parser("rollback", help="put the previous live model back")
    rollback.add_argument("--by", help="who does this (for the audit log)")
    rollback.set_defaults(handler=_cmd_rollback)

    models = commands.add_parser("models", help="the live model and what went live before")
    models.add_argument("--limit", type=int, default=10)
    models.set_defaults(handler=_cmd_models)
