"""`python -m bot privacy forget|purge`: forgetting a person and the retention period, from
the command line. Both print what they removed, accept `--dry-run`, and are recorded in
the audit log without the conversation id (`bot.storage.privacy` does the work)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from bot.settings import get_settings
from bot.storage.privacy import forget, purge, record_audit


def _cmd_forget(args: argparse.Namespace) -> int:
    settings = get_settings()
    try:
        report = forget(settings, args.conversation_id, dry_run=args.dry_run)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    if not args.dry_run and report.total:
        record_audit(settings, args.by, "privacy_forget", report)
    return 0


def _cmd_purge(args: argparse.Namespace) -> int:
    settings = get_settings()
    days = settings.retention_days if args.older_than is None else args.older_than
    if days <= 0:
        print("Retention is off (RETENTION_DAYS=0); nothing purged.")
        return 0
    report = purge(settings, days, dry_run=args.dry_run)
    print(f"Retention period: {days:g} days.")
    print("\n".join(report.lines()))
    if not args.dry_run and report.total:
        record_audit(settings, args.by, "privacy_purge", report, older_than_days=days)
    return 0


def add_privacy_commands(commands: Any) -> None:
    """`bot privacy forget|purge`."""
    privacy = commands.add_parser("privacy", help="forget a conversation; enforce retention")
    sub = privacy.add_subparsers(dest="privacy_command", required=True)
    actor = f"{getpass.getuser()} (cli)"

    forget_cmd = sub.add_parser(
        "forget", help="delete one person's conversation (escalations kept, anonymised)"
    )
    forget_cmd.add_argument("conversation_id", help="the sender id, e.g. whatsapp:+447700900123")
    forget_cmd.add_argument("--dry-run", action="store_true", help="only count what would go")
    forget_cmd.add_argument("--by", default=actor, help="who asked (audit log)")
    forget_cmd.set_defaults(handler=_cmd_forget)

    purge_cmd = sub.add_parser("purge", help="delete conversation data older than the retention")
    purge_cmd.add_argument(
        "--older-than", type=float, metavar="DAYS", help="default: RETENTION_DAYS"
    )
    purge_cmd.add_argument("--dry-run", action="store_true", help="only count what would go")
    purge_cmd.add_argument("--by", default=actor, help="who ran it (audit log)")
    purge_cmd.set_defaults(handler=_cmd_purge)
