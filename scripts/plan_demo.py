"""A job seeker's week with four opportunities, then what `segue agenda` prints for it.

Run: .venv/bin/python scripts/plan_demo.py [DATA_DIR]  (default: a new temporary directory)
The week is the one of Tue 1 Dec 2026; the data dir keeps a SQLite database to look at.
"""

import datetime
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from server.store.contacts import create_contact  # noqa: E402
from server.store.db import db  # noqa: E402
from server.store.migrate import open_and_migrate  # noqa: E402
from server.store.plan import (  # noqa: E402
    create_interview,
    create_opportunity,
    create_touch,
    update_opportunity,
)

TODAY = datetime.date(2026, 12, 1)
PEOPLE = {
    "priya": {"full_name": "Priya Raman", "current_company": "Acme", "email": "priya@acme.example"},
    "marcus": {"full_name": "Marcus O'Neill", "current_company": "Acme"},
    "kofi": {"full_name": "Kofi Mensah", "current_company": "Acme", "preferred_channel": "mail"},
    "sofia": {"full_name": "Sofia García", "current_company": "Globex"},
    "wei": {"full_name": "Wei Chen", "current_company": "Initech"},
    "amara": {"full_name": "Amara Nwosu", "current_company": "Umbrella Health"},
}


def day(offset: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=offset)


def seed() -> None:
    ids = {key: create_contact(person)["id"] for key, person in PEOPLE.items()}

    def touch(who, kind, on, interview=None, opportunity=None, channel="email"):
        create_touch({"contact_id": ids[who], "kind": kind, "channel": channel,
                      "sent_on": day(on), "interview_id": interview,
                      "opportunity_id": opportunity})  # fmt: skip

    acme = create_opportunity({"company": "Acme", "role": "Staff Engineer",
                               "status": "interviewing", "applied_on": day(-21)})["id"]  # fmt: skip
    screen = create_interview(acme, {"on": day(-7), "stage": "phone screen", "format": "phone",
                                     "interviewer_ids": [ids["priya"]],
                                     "timeframe": "about a week",
                                     "next_steps": "Onsite with the team"})["id"]  # fmt: skip
    touch("priya", "thank_you", -7, screen)
    touch("priya", "connection_request", -7, screen, channel="linkedin")
    create_interview(acme, {"on": TODAY, "at": datetime.time(10), "stage": "onsite",
                            "format": "onsite", "interviewer_ids": [ids["marcus"], ids["kofi"]],
                            "timeframe": "by Friday"})  # fmt: skip

    globex = create_opportunity({"company": "Globex", "role": "Product Engineer",
                                 "status": "interviewing", "applied_on": day(-30)})  # fmt: skip
    globex = globex["id"]
    video = create_interview(globex, {"on": day(-12), "stage": "hiring manager",
                                      "format": "video", "interviewer_ids": [ids["sofia"]],
                                      "timeframe": "a week or two"})["id"]  # fmt: skip
    touch("sofia", "thank_you", -12, video)

    initech = create_opportunity({"company": "Initech", "role": "Backend Engineer",
                                  "status": "interviewing", "applied_on": day(-45)})  # fmt: skip
    initech = initech["id"]
    final = create_interview(initech, {"on": day(-25), "stage": "final round",
                                       "interviewer_ids": [ids["wei"]],
                                       "timeframe": "two weeks"})["id"]  # fmt: skip
    touch("wei", "thank_you", -25, final)
    touch("wei", "follow_up", -11, final)
    update_opportunity(initech, {"status": "rejected"})

    create_opportunity({"company": "Umbrella Health", "role": "Platform Engineer",
                        "status": "applied", "applied_on": day(-4),
                        "source": "Amara Nwosu's referral"})  # fmt: skip


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data_dir / 'segue.db'}"
    open_and_migrate(url)
    with db.connection_context():
        seed()
    env = {**os.environ, "SEGUE_DATA_DIR": str(data_dir), "SEGUE_DATABASE_URL": url}
    command = [sys.executable, "-m", "server", "agenda", "--date", TODAY.isoformat()]
    print("$ segue agenda --date", TODAY.isoformat())
    subprocess.run(command, cwd=ROOT, env=env, check=True)


if __name__ == "__main__":
    main()
