"""The `bot` command line: `python -m bot <command>`."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.cli.privacy import add_privacy_commands
from bot.cli.staff import add_staff_commands
from bot.common import log_redaction
from bot.common.text_clean import clean_text
from bot.settings import PROJECT_ROOT, get_settings


def _cmd_train(args: argparse.Namespace) -> int:
    from bot.modelops.training import ensure_model

    path = ensure_model(force=args.force, config=args.config)
    print(path)
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    from bot.ops.launcher import ensure_live_model, serve

    # The Rasa server pulls the live model from the console; make sure there is one.
    return serve(get_settings(), ensure_live_model(get_settings(), args.model))


def _cmd_shell(args: argparse.Namespace) -> int:
    from bot.modelops.training import ensure_model
    from bot.ops.launcher import shell

    return shell(get_settings(), args.model or ensure_model())


def _cmd_eval(args: argparse.Namespace) -> int:
    from bot.modelops.baselines import baselines_markdown, evaluate_baselines
    from bot.modelops.evaluation import (
        blind_markdown,
        evaluate_model,
        load_faq_heldout,
        write_reports,
    )
    from bot.modelops.training import ensure_model
    from bot.safety.evaluation import evaluate_safety, safety_markdown

    report = evaluate_model(args.model or ensure_model())
    report["baselines"] = evaluate_baselines(load_faq_heldout())
    report["safety"] = evaluate_safety()
    sections = [
        blind_markdown(report),
        baselines_markdown(report),
        safety_markdown(report["safety"]),
    ]
    write_reports(report, args.out, sections)
    print((args.out / "eval.md").read_text())
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from bot.bench.runner import Plan, run_bench

    plan = Plan.quick_plan() if args.quick else Plan()
    plan.train = not args.no_train
    if args.users:
        plan.levels = args.users
    if args.duration:
        plan.duration_s = args.duration
    run_bench(plan, args.out)
    print((args.out / "bench.md").read_text())
    return 0


def _cmd_action_server(args: argparse.Namespace) -> int:
    from bot.ops.action_server import run_action_server

    run_action_server(get_settings())
    return 0


def _cmd_scale_demo(args: argparse.Namespace) -> int:
    from bot.ops.scale_demo import run_scale_demo

    return run_scale_demo(get_settings(), args.replicas, args.model)


def _cmd_web(args: argparse.Namespace) -> int:
    from bot.web.server import run_web_server

    run_web_server(get_settings())
    return 0


def _cmd_telegram_set_webhook(args: argparse.Namespace) -> int:
    from bot.channels.telegram_webhook import set_webhook

    try:
        info = set_webhook(get_settings())
    except (RuntimeError, OSError) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Telegram now sends updates to {info.get('url')}.")
    if info.get("last_error_message"):
        print(f"Telegram's last delivery error: {info['last_error_message']}")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from bot.ops.supervisor import read_status

    status = read_status(get_settings().var_dir)
    if status is None:
        print("The assistant has not been started here (no var/processes.json).")
        return 1
    if not status["running"]:
        print(f"The assistant is not running (last update {status['updated_at']}).")
        return 1
    print(f"The assistant is running (launcher pid {status['launcher_pid']}).")
    print(f"{'process':15}  {'state':10}  {'pid':>7}  {'restarts':>8}  last unexpected exit")
    for child in status["processes"]:
        print(
            f"{child['name']:15}  {child['state']:10}  {child['pid'] or '-':>7}  "
            f"{child['restarts']:>8}  {child['last_exit'] or '-'}"
        )
    return 0 if all(child["state"] == "up" for child in status["processes"]) else 2


def _cmd_escalations(args: argparse.Namespace) -> int:
    from bot.storage.escalations import EscalationStore

    store = EscalationStore.from_settings(get_settings())
    if args.handle is not None:
        escalation = store.mark_handled(args.handle, args.by)
        if escalation is None:
            print(f"No escalation #{args.handle}.", file=sys.stderr)
            return 1
        print(f"Escalation #{escalation.id} marked handled by {escalation.handled_by}.")
        return 0
    rows = store.recent(limit=args.limit, include_handled=not args.open)
    if not rows:
        print("No escalations.")
        return 0
    print(f"{'#':>5}  {'when (UTC)':16}  {'tier':9}  {'status':8}  {'notified':21}  reasons")
    for e in rows:
        print(
            f"{e.id:>5}  {e.created_at:%Y-%m-%d %H:%M}  {e.tier:9}  {e.status:8}  "
            f"{e.notification_status:21}  {', '.join(e.reason_list)}  "
            f"[{e.channel} {e.conversation_id}]"
        )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    train = commands.add_parser("train", help="train a model if the training data changed")
    train.add_argument("--force", action="store_true", help="train even if unchanged")
    train.add_argument("--config", type=Path, help="pipeline/policy config (default config.yml)")
    train.set_defaults(handler=_cmd_train)

    run = commands.add_parser("run", help="train if needed, then serve the assistant")
    run.add_argument("--model", type=Path, help="serve this model instead")
    run.set_defaults(handler=_cmd_run)

    chat = commands.add_parser("shell", help="chat with the assistant in the terminal")
    chat.add_argument("--model", type=Path, help="use this model instead")
    chat.set_defaults(handler=_cmd_shell)
    status = commands.add_parser(
        "status", help="the running assistant's processes, their state and restarts"
    )
    status.set_defaults(handler=_cmd_status)

    escalations = commands.add_parser(
        "escalations", help="list recent escalations, or mark one handled"
    )
    escalations.add_argument("--limit", type=int, default=20)
    escalations.add_argument("--open", action="store_true", help="only those not yet handled")
    escalations.add_argument("--handle", type=int, metavar="ID", help="mark escalation ID handled")
    escalations.add_argument("--by", default=getpass.getuser(), help="who handled it")
    escalations.set_defaults(handler=_cmd_escalations)

    web = commands.add_parser("web", help="serve only the chat widget and the demo clinic page")
    web.set_defaults(handler=_cmd_web)

    telegram = commands.add_parser("telegram", help="Telegram channel set-up")
    telegram_commands = telegram.add_subparsers(dest="telegram_command", required=True)
    set_webhook = telegram_commands.add_parser(
        "set-webhook", help="register TELEGRAM_WEBHOOK_URL with Telegram, with the secret token"
    )
    set_webhook.set_defaults(handler=_cmd_telegram_set_webhook)

    scale = commands.add_parser(
        "scale-demo", help="Rasa servers behind nginx with PostgreSQL and Redis (Ctrl-C stops)"
    )
    scale.add_argument("--replicas", type=int, default=2, help="how many Rasa servers")
    scale.add_argument("--model", type=Path, help="serve this model instead")
    scale.set_defaults(handler=_cmd_scale_demo)

    actions = commands.add_parser("action-server", help="run only the action server")
    actions.set_defaults(handler=_cmd_action_server)

    evaluate = commands.add_parser("eval", help="held-out evaluation reports")
    evaluate.add_argument("--model", type=Path, help="evaluate this model instead")
    evaluate.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports")
    evaluate.set_defaults(handler=_cmd_eval)

    bench = commands.add_parser("bench", help="latency, training and memory against stock Rasa")
    bench.add_argument("--quick", action="store_true", help="short runs at 1 and 8 users")
    bench.add_argument("--no-train", action="store_true", help="serve models/, skip our training")
    bench.add_argument("--users", type=int, nargs="+", help="user levels (default 1 8 32)")
    bench.add_argument("--duration", type=float, help="measured seconds per load run")
    bench.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports")
    bench.set_defaults(handler=_cmd_bench)
    add_staff_commands(commands)
    add_privacy_commands(commands)
    rasa_run = commands.add_parser(
        "rasa-run", help="`rasa run ARGS` with log redaction (the launcher starts Rasa so)"
    )
    rasa_run.add_argument("rasa_args", nargs=argparse.REMAINDER)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["rasa-run"]:  # Rasa parses its own arguments and sets up its logging
        from bot.ops.rasa_run import run_rasa

        return run_rasa(argv[1:])
    # Arguments that were not valid UTF-8 arrive with lone surrogates: cleaned like any input.
    args = build_parser().parse_args([clean_text(argument) for argument in argv])
    settings = get_settings()
    # Before any logging: no patient's words, e-mail or phone number in any log line.
    log_redaction.install(keep_debug_text=settings.log_message_text)
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
